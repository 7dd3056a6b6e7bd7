"use client";
/** The latest value of every metric as a table, for screen readers and for anyone who wants the numbers. */
import { useFormatter, useTranslations } from "next-intl";
import { ACCURACY_METRICS, type LatestValue } from "@/lib/jobs/chart/chart-data";

export function LatestValuesTable({ latest }: { latest: LatestValue[] }) {
  const t = useTranslations("lossChart");
  const format = useFormatter();
  const text = (entry: LatestValue, value: number | null) => {
    if (value === null) return "—";
    return ACCURACY_METRICS.has(entry.metric)
      ? format.number(value / 100, { style: "percent", maximumFractionDigits: 2 })
      : format.number(value, { maximumFractionDigits: 4 });
  };
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-fg-muted hover:text-fg">{t("table.show")}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-80 text-left">
          <thead className="text-xs text-fg-muted">
            <tr>
              <th className="py-1 pr-4 font-medium">{t("table.metric")}</th>
              <th className="py-1 pr-4 font-medium">{t("table.step")}</th>
              <th className="py-1 pr-4 font-medium">{t("table.value")}</th>
              <th className="py-1 font-medium">{t("table.smoothed")}</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {latest.map((entry) => (
              <tr key={entry.metric} className="border-t border-border">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {t(`metrics.${entry.metric}`)}
                </th>
                <td className="py-1 pr-4">{format.number(entry.step)}</td>
                <td className="py-1 pr-4">{text(entry, entry.value)}</td>
                <td className="py-1">{text(entry, entry.smoothed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
