"use client";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { TEST_EVENT } from "@/lib/webhooks/events";
import type { WebhookDeliveryView } from "@/lib/webhooks/view";

const ERRORS = ["timeout", "unreachable", "redirect", "rejected", "blocked"] as const;
type DeliveryError = (typeof ERRORS)[number];
const isDeliveryError = (value: string | null): value is DeliveryError =>
  (ERRORS as readonly string[]).includes(value ?? "");

/** The last deliveries: what was sent, when, and how the receiver answered. */
export function WebhookDeliveries({ deliveries }: { deliveries: WebhookDeliveryView[] }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  if (!deliveries.length) return <p className="text-sm text-fg-muted">{t("noDeliveries")}</p>;
  return (
    <ul className="divide-y divide-border rounded-md border border-border" data-testid="webhook-deliveries">
      {deliveries.map((delivery) => {
        const status = delivery.status as "pending" | "delivered" | "failed";
        // The page's clock may lag the server's by a moment: nothing was sent "in 1 second".
        const when = delivery.deliveredAt ?? delivery.createdAt;
        return (
          <li
            key={delivery.id}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm"
          >
            <span className="font-mono text-xs">
              {delivery.eventType === TEST_EVENT ? t("testEvent") : delivery.eventType}
            </span>
            <span
              className={cn(
                "font-medium",
                status === "delivered" && "text-success",
                status === "failed" && "text-danger",
                status === "pending" && "text-fg-muted",
              )}
            >
              {t(`status.${status}`)}
              {delivery.lastStatus !== null && status === "delivered" && ` · HTTP ${delivery.lastStatus}`}
            </span>
            <span className="text-xs text-fg-muted">
              {format.relativeTime(when, Math.max(now.getTime(), when.getTime()))} · {t("attemptsColumn")}:{" "}
              {delivery.attempts}
            </span>
            {status !== "delivered" && isDeliveryError(delivery.lastError) && (
              <p className="w-full text-xs text-fg-muted">
                {t(`error.${delivery.lastError}`, { status: delivery.lastStatus ?? "" })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
