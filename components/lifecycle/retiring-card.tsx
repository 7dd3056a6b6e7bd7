"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { RetiringJobModel } from "@/lib/lifecycle/queries";
import { RetirementText } from "./retirement-badge";

/** The dashboard's "retiring soon" card: the workspace's fine-tuned models that stop working within 90 days. */
export function RetiringCard({ models, windowDays }: { models: RetiringJobModel[]; windowDays: number }) {
  const t = useTranslations("lifecycle.card");
  return (
    <Card role="region" aria-labelledby="retiring-soon" data-testid="retiring-card">
      <h2 id="retiring-soon" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-fg-muted">{t("lead", { days: windowDays })}</p>
      {models.length === 0 ? (
        <p className="mt-3 text-sm">{t("none", { days: windowDays })}</p>
      ) : (
        <ul className="mt-3 divide-y divide-border">
          {models.map((item) => (
            <li
              key={item.jobId}
              className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-center sm:justify-between"
            >
              <span className="min-w-0">
                <Link href={`/jobs/${item.jobId}`} className="font-medium break-all text-primary hover:underline">
                  {item.model}
                </Link>
                <span className="text-fg-muted"> · {item.connectionName}</span>
              </span>
              <RetirementText retirement={item} className="w-fit shrink-0" />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-xs text-fg-muted">{t("help")}</p>
    </Card>
  );
}
