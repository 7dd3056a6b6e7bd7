/**
 * The loss chart's series, prepared outside the drawing code: one column per metric aligned on the steps,
 * accuracy in percent, a smoothed copy of each noisy metric. A growing job only costs its new steps.
 */
import type { MetricPoint } from "@/lib/jobs/metric-point";
import { clampSmoothing, extendSmoothed, type SmoothedSeries, smoothSeries } from "@/lib/jobs/smoothing";

export const CHART_METRICS = ["trainLoss", "validLoss", "fullValidLoss", "trainAccuracy", "validAccuracy"] as const;
export type ChartMetric = (typeof CHART_METRICS)[number];

/** Accuracy goes on the 0–100 % axis, the rest on the loss axis. */
export const ACCURACY_METRICS: ReadonlySet<ChartMetric> = new Set(["trainAccuracy", "validAccuracy"]);

/** Full validation loss is measured once per epoch over the whole validation file: too sparse and too calm to smooth. */
const UNSMOOTHED: ReadonlySet<ChartMetric> = new Set(["fullValidLoss"]);

export type ChartData = {
  steps: number[];
  raw: Record<ChartMetric, (number | null)[]>;
  smoothed: Record<ChartMetric, SmoothedSeries>;
  /** the last step of `points` the data was built from, to tell an append from a new series */
  lastStep: number | null;
};

function chartValue(point: MetricPoint, metric: ChartMetric): number | null {
  const value = point[metric];
  if (value === null) return null;
  return ACCURACY_METRICS.has(metric) ? value * 100 : value;
}

function emptyColumns<T>(make: () => T): Record<ChartMetric, T> {
  return Object.fromEntries(CHART_METRICS.map((metric) => [metric, make()])) as Record<ChartMetric, T>;
}

/**
 * The chart data for `points`, reusing `previous` when `points` only added steps after it (same prefix), so
 * only the new steps are read and smoothed. `previous` must not be used afterwards: its arrays are extended.
 */
export function chartDataFor(points: readonly MetricPoint[], weight: number, previous?: ChartData | null): ChartData {
  const base = previous && extendsPrevious(previous, points, weight) ? previous : null;
  const steps = base?.steps ?? [];
  const raw = base?.raw ?? emptyColumns<(number | null)[]>(() => []);
  for (let index = steps.length; index < points.length; index++) {
    const point = points[index] as MetricPoint;
    steps.push(point.step);
    for (const metric of CHART_METRICS) raw[metric].push(chartValue(point, metric));
  }
  const smoothed = emptyColumns<SmoothedSeries>(() => smoothSeries([], 0));
  for (const metric of CHART_METRICS) {
    const metricWeight = UNSMOOTHED.has(metric) ? 0 : weight;
    const before = base?.smoothed[metric];
    smoothed[metric] = before ? extendSmoothed(before, raw[metric]) : smoothSeries(raw[metric], metricWeight);
  }
  return { steps, raw, smoothed, lastStep: points.at(-1)?.step ?? null };
}

function extendsPrevious(previous: ChartData, points: readonly MetricPoint[], weight: number): boolean {
  const length = previous.steps.length;
  if (length === 0 || points.length < length) return false;
  if (previous.smoothed.trainLoss.weight !== clampSmoothing(weight)) return false;
  return points[length - 1]?.step === previous.lastStep && points[0]?.step === previous.steps[0];
}

/** Whether any step has a value for the metric: the chart leaves out what the job does not report. */
export function hasValues(data: ChartData, metric: ChartMetric): boolean {
  return data.raw[metric].some((value) => value !== null);
}

export type LatestValue = { metric: ChartMetric; step: number; value: number; smoothed: number | null };

/** The most recent value of each metric that has one, with its step and smoothed value. */
export function latestValues(data: ChartData): LatestValue[] {
  const latest: LatestValue[] = [];
  for (const metric of CHART_METRICS) {
    const column = data.raw[metric];
    for (let index = column.length - 1; index >= 0; index--) {
      const value = column[index];
      if (value === null || value === undefined) continue;
      const smoothed = data.smoothed[metric].values[index] ?? null;
      latest.push({ metric, step: data.steps[index] as number, value, smoothed });
      break;
    }
  }
  return latest;
}

type ValueAt = { metric: ChartMetric; value: number | null; raw: number | null; step: number | null };

/**
 * Each metric's value at the step of `index`, or its last one before it: validation metrics are reported on
 * some steps only, so a hovered step without one shows the one measured last.
 */
export function valuesAt(data: ChartData, index: number, metrics: readonly ChartMetric[]): ValueAt[] {
  return metrics.map((metric) => {
    const column = data.raw[metric];
    for (let at = Math.min(index, column.length - 1); at >= 0; at--) {
      const raw = column[at];
      if (raw === null || raw === undefined) continue;
      return { metric, raw, value: data.smoothed[metric].values[at] ?? raw, step: data.steps[at] ?? null };
    }
    return { metric, value: null, raw: null, step: null };
  });
}
