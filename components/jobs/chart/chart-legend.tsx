"use client";
/** The legend: one toggle button per metric with its value at the hovered step (or the latest one). */
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ACCURACY_METRICS, type ChartMetric } from "@/lib/jobs/chart/chart-data";

export type LegendEntry = {
  metric: ChartMetric;
  color: string;
  value: number | null;
  raw: number | null;
  /** the step the value was measured at, when it is not the step shown */
  fromStep: string | null;
};

type ChartLegendProps = {
  entries: LegendEntry[];
  hidden: ReadonlySet<ChartMetric>;
  onToggle: (metric: ChartMetric) => void;
  smoothing: boolean;
};

export function ChartLegend({ entries, hidden, onToggle, smoothing }: ChartLegendProps) {
  const t = useTranslations("lossChart");
  const format = useFormatter();
  const text = (metric: ChartMetric, value: number | null) => {
    if (value === null) return "—";
    return ACCURACY_METRICS.has(metric)
      ? format.number(value / 100, { style: "percent", maximumFractionDigits: 1 })
      : format.number(value, { maximumFractionDigits: 3 });
  };
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("series")}>
      {entries.map(({ metric, color, value, raw, fromStep }) => {
        const shown = !hidden.has(metric);
        return (
          <li key={metric}>
            <button
              type="button"
              aria-pressed={shown}
              data-metric={metric}
              onClick={() => onToggle(metric)}
              className={cn(
                "flex min-h-9 items-center gap-2 rounded-md border border-border px-2.5 py-1 text-left text-sm transition hover:bg-muted",
                !shown && "opacity-50",
              )}
            >
              <span
                aria-hidden
                className={metric === "fullValidLoss" ? "size-2 rounded-full" : "h-0.5 w-4 rounded"}
                style={{ backgroundColor: shown ? color : "transparent", outline: `1.5px solid ${color}` }}
              />
              <span className={cn(!shown && "line-through")}>{t(`metrics.${metric}`)}</span>
              <span className="font-medium tabular-nums" data-testid="legend-value">
                {text(metric, value)}
              </span>
              {smoothing && raw !== null && raw !== value && (
                <span className="text-xs text-fg-muted tabular-nums">{t("raw", { value: text(metric, raw) })}</span>
              )}
              {fromStep && (
                <span className="text-xs text-fg-muted tabular-nums">{t("atStep", { step: fromStep })}</span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
