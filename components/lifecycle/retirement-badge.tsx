"use client";
import { CalendarClock } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ConnectionKind } from "@/lib/connections/kinds";
import { lifecycleProviderOf, type Retirement, retirementOf, WARNING_DAYS } from "@/lib/models/lifecycle";
import { isAzureFineTunedModel } from "@/lib/models/names";
import { useLifecycleRegistry } from "./use-registry";

/** "Stops working on 14 Jan 2027 · 49 days left", or "Stopped working on …". */
export function RetirementText({ retirement, className }: { retirement: Retirement; className?: string }) {
  const t = useTranslations("lifecycle");
  const format = useFormatter();
  const date = format.dateTime(new Date(`${retirement.retiresOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <span
      data-testid="retirement-warning"
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium",
        retirement.retired || retirement.daysLeft <= 30
          ? "bg-danger-bg text-danger"
          : "bg-amber-500/15 text-amber-800 dark:text-amber-300",
        className,
      )}
    >
      <CalendarClock aria-hidden className="size-3.5 shrink-0" />
      {retirement.retired ? t("retired", { date }) : t("retires", { date, days: retirement.daysLeft })}
    </span>
  );
}

/** A warning on a (fine-tuned) model that stops working within the warning window; nothing otherwise. */
export function RetirementBadge({
  model,
  connectionKind,
  className,
}: {
  model: string;
  /** without it the provider is told by the name: Azure's fine-tuned models are named `<base>.ft-<id>` */
  connectionKind?: ConnectionKind;
  className?: string;
}) {
  const registry = useLifecycleRegistry();
  const now = useNow({ updateInterval: 60 * 60_000 });
  if (!registry) return null;
  const provider = connectionKind
    ? lifecycleProviderOf(connectionKind)
    : isAzureFineTunedModel(model)
      ? "azure"
      : "openai";
  const retirement = retirementOf({ registry, provider, model, now });
  if (!retirement || retirement.daysLeft > WARNING_DAYS) return null;
  return <RetirementText retirement={retirement} className={className} />;
}
