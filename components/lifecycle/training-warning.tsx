"use client";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ConnectionKind } from "@/lib/connections/kinds";
import { lifecycleProviderOf, retirementOf, trainingOutlook, WARNING_DAYS } from "@/lib/models/lifecycle";
import { useLifecycleRegistry } from "./use-registry";

/**
 * The new-job form's lifecycle note on the chosen base model: no longer trainable (an error), the last day for
 * new jobs near, or the day models trained on it stop working near. Nothing when all is far off or unknown.
 */
export function TrainingWarning({ connectionKind, model }: { connectionKind: ConnectionKind; model: string }) {
  const t = useTranslations("lifecycle.training");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60 * 60_000 });
  const loaded = useLifecycleRegistry();
  if (!loaded || !model) return null;
  // OpenAI's cut-off for everyone applies to OpenAI itself and to the Sandbox that emulates it, not to other services.
  const registry = connectionKind === "compatible" ? { ...loaded, providers: [] } : loaded;
  const provider = lifecycleProviderOf(connectionKind);
  const day = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const outlook = trainingOutlook({ registry, provider, model, now });
  const retirement = retirementOf({ registry, provider, model, now });
  const retires =
    retirement && retirement.daysLeft <= WARNING_DAYS
      ? ` ${t("retires", { date: day(retirement.retiresOn), days: Math.max(retirement.daysLeft, 0) })}`
      : "";
  if (outlook.status === "closed") {
    return (
      <div data-testid="training-warning">
        <Alert>{t("closed", { model, date: day(outlook.since) })}</Alert>
      </div>
    );
  }
  const near = outlook.status === "open" && outlook.until !== null && (outlook.daysLeft ?? 0) <= WARNING_DAYS;
  if (!near && !retires) return null;
  return (
    <div
      data-testid="training-warning"
      role="status"
      className="rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm"
    >
      {near && outlook.status === "open" && outlook.until !== null
        ? t("until", { date: day(outlook.until), days: outlook.daysLeft ?? 0 })
        : null}
      {retires}
    </div>
  );
}
