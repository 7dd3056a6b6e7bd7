"use client";
/**
 * Training metrics per step, drawn with uPlot on a canvas: losses on the left axis, token accuracy on the right,
 * smoothed lines over faint raw ones, epoch and checkpoint markers, zoom, log scale and live updates.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useRef, useState } from "react";
import "uplot/dist/uPlot.min.css";
import {
  ACCURACY_METRICS,
  CHART_METRICS,
  type ChartData,
  type ChartMetric,
  chartDataFor,
  hasValues,
  latestValues,
  valuesAt,
} from "@/lib/jobs/chart/chart-data";
import type { MetricPoint } from "@/lib/jobs/metric-point";
import { defaultSmoothing } from "@/lib/jobs/smoothing";
import { ChartLegend, type LegendEntry } from "./chart/chart-legend";
import { ChartToolbar } from "./chart/chart-toolbar";
import { LatestValuesTable } from "./chart/latest-values-table";
import { MarkerKey } from "./chart/marker-key";
import { lineColors } from "./chart/palette";
import { useLossPlot } from "./chart/use-loss-plot";
import { useTheme } from "./chart/use-theme";

type LossChartProps = {
  /** every step known so far, ascending; later renders may append steps */
  points: MetricPoint[];
  /** steps where an epoch ends */
  epochSteps: number[];
  /** steps that have a checkpoint */
  checkpointSteps: number[];
  /** total steps of the job when known, to fix the x axis while it runs */
  totalSteps?: number | null;
};

export function LossChart({ points, epochSteps, checkpointSteps, totalSteps = null }: LossChartProps) {
  const t = useTranslations("lossChart");
  const format = useFormatter();
  const theme = useTheme();
  // Until the person moves the slider, the smoothing follows the job's length (more steps, smoother lines).
  const [chosenSmoothing, setSmoothing] = useState<number | null>(null);
  const smoothing = chosenSmoothing ?? defaultSmoothing(points.length);
  const [logScale, setLogScale] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<ChartMetric>>(new Set());
  const deferredSmoothing = useDeferredValue(smoothing);
  const container = useRef<HTMLDivElement>(null);
  // The previous series are extended in place when `points` only grew, so a live job costs its new steps.
  const previous = useRef<ChartData | null>(null);
  const data = useMemo(() => {
    previous.current = chartDataFor(points, deferredSmoothing, previous.current);
    return previous.current;
  }, [points, deferredSmoothing]);
  const present = useMemo(() => CHART_METRICS.filter((metric) => hasValues(data, metric)), [data]);
  const latest = useMemo(() => latestValues(data), [data]);
  const markers = useMemo(() => ({ epochSteps, checkpointSteps }), [epochSteps, checkpointSteps]);

  const plot = useLossPlot({
    container,
    data,
    totalSteps,
    markers,
    hidden,
    logScale,
    theme,
    labels: { step: t("axis.step"), loss: t("axis.loss"), accuracy: t("axis.accuracy"), checkpoint: t("checkpoint") },
    formatTick: (value, kind) =>
      format.number(value, kind === "percent" ? { style: "percent" } : { maximumFractionDigits: 3 }),
  });

  const index = plot.hoverIndex ?? data.steps.length - 1;
  const step = data.steps[index] ?? null;
  const colors = lineColors(theme);
  const entries: LegendEntry[] = valuesAt(data, index, present).map((entry) => ({
    ...entry,
    color: colors[entry.metric],
    // A value measured before the shown step (validation is not measured on every step) says where it is from.
    fromStep: entry.step !== null && entry.step !== step ? format.number(entry.step) : null,
  }));

  const valueText = (metric: ChartMetric, value: number) =>
    ACCURACY_METRICS.has(metric)
      ? format.number(value / 100, { style: "percent", maximumFractionDigits: 1 })
      : format.number(value, { maximumFractionDigits: 3 });
  const stepText = (value: number) => ({
    step: format.number(value),
    total: totalSteps ? format.number(totalSteps) : "",
  });
  const latestList = format.list(
    latest.map((entry) => `${t(`metrics.${entry.metric}`)} ${valueText(entry.metric, entry.value)}`),
    { type: "unit" },
  );
  const summary =
    latest.length === 0
      ? t("empty")
      : t(totalSteps ? "summaryOf" : "summary", { ...stepText(data.steps.at(-1) ?? 0), values: latestList });

  const toggle = (metric: ChartMetric) =>
    setHidden((before) => {
      const after = new Set(before);
      if (!after.delete(metric)) after.add(metric);
      return after;
    });

  return (
    <section className="flex min-w-0 flex-col gap-3" aria-label={t("label")} data-testid="loss-chart">
      <ChartToolbar
        smoothing={smoothing}
        onSmoothing={setSmoothing}
        logScale={logScale}
        onLogScale={setLogScale}
        zoomed={plot.zoomed}
        onZoomIn={plot.zoomIn}
        onZoomOut={plot.zoomOut}
        onResetZoom={plot.resetZoom}
      />
      <p className="text-sm text-fg-muted tabular-nums" data-testid="chart-step" aria-live="off">
        {step === null
          ? t("noSteps")
          : plot.hoverIndex === null
            ? t(totalSteps ? "latestStepOf" : "latestStep", stepText(step))
            : t("hoverStep", stepText(step))}
      </p>
      <div className="relative">
        <div role="img" aria-label={summary}>
          <div ref={container} aria-hidden className="w-full min-w-0 [&_.u-select]:bg-primary/15" />
        </div>
        {points.length === 0 && (
          <p className="absolute inset-0 flex items-center justify-center p-6 text-center text-sm text-fg-muted">
            {t("empty")}
          </p>
        )}
      </div>
      <ChartLegend entries={entries} hidden={hidden} onToggle={toggle} smoothing={deferredSmoothing > 0} />
      <MarkerKey epochs={epochSteps.length > 0} checkpoints={checkpointSteps.length > 0} color={colors.checkpoint} />
      <p className="text-xs text-fg-muted">{t("zoomHint")}</p>
      {latest.length > 0 && <LatestValuesTable latest={latest} />}
    </section>
  );
}
