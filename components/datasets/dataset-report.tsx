import { AlertTriangle, CheckCircle2, CircleX } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { datasetReport } from "@/lib/datasets/queries";

type Report = Awaited<ReturnType<typeof datasetReport>>;

/** What the provider will say about this data, before anything is uploaded: counts, rules, epochs, cost. */
export async function DatasetReport({ report }: { report: Report }) {
  const t = await getTranslations("datasets.report");
  const format = await getFormatter();
  const stats = [
    { label: t("examples"), value: format.number(report.examples) },
    { label: t("tokens"), value: format.number(report.tokens) },
    { label: t("autoEpochs"), value: format.number(report.autoEpochs) },
    {
      label: t("cost"),
      value: report.estimatedTrainingCost
        ? format.number(report.estimatedTrainingCost.usd, { style: "currency", currency: "USD" })
        : "—",
    },
  ];
  return (
    <Card className="flex flex-col gap-4" aria-label={t("label")} role="region">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label}>
            <dt className="text-xs text-fg-muted">{stat.label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{stat.value}</dd>
          </div>
        ))}
      </dl>
      <ul className="space-y-1 text-sm" data-testid="dataset-state">
        {report.ready ? (
          <li className="flex items-center gap-2 text-success">
            <CheckCircle2 aria-hidden className="size-4" />
            {t("ready")}
          </li>
        ) : (
          report.errors > 0 && (
            <li className="flex items-center gap-2 text-danger">
              <CircleX aria-hidden className="size-4" />
              {t("examplesWithErrors", { count: report.errors })}
            </li>
          )
        )}
        {report.rules.map((rule) => (
          <li
            key={rule.code}
            className={
              rule.severity === "error"
                ? "flex items-center gap-2 text-danger"
                : "flex items-center gap-2 text-fg-muted"
            }
          >
            {rule.severity === "error" ? (
              <CircleX aria-hidden className="size-4" />
            ) : (
              <AlertTriangle aria-hidden className="size-4" />
            )}
            {t(`rules.${rule.code}`, rule.params)}
          </li>
        ))}
      </ul>
      {report.estimatedTrainingCost && (
        <p className="text-xs text-fg-muted">
          {t("costNote", {
            tokens: format.number(report.estimatedTrainingCost.perEpochTokens),
            epochs: report.estimatedTrainingCost.epochs,
          })}
        </p>
      )}
    </Card>
  );
}
