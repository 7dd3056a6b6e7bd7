/**
 * Warnings read from a job's training metrics: overfitting, a loss that rises or does not fall, and too few
 * examples. Every rule looks at medians over windows of steps, never at single points, because per-step
 * losses are noisy (one batch each) and a warning that flickers with the noise teaches people to ignore it.
 */
import type { MetricPoint } from "./metric-point";

export const METRIC_WARNING_CODES = ["overfitting", "lossRising", "lossNotFalling", "tooFewExamples"] as const;
export type MetricWarningCode = (typeof METRIC_WARNING_CODES)[number];

export type MetricWarning = {
  code: MetricWarningCode;
  /** the step the problem shows from, when there is one (overfitting: where validation loss was lowest) */
  fromStep?: number;
  /** the numbers the message quotes; percentages are whole numbers */
  params: Record<string, number>;
};

type MetricWarningsInput = {
  points: readonly MetricPoint[];
  /** training examples of the job, when known */
  exampleCount: number | null;
  /** epochs the job trains, when known */
  nEpochs: number | null;
  /** the job's total steps, when known: lets the trend rules judge a running job fairly */
  totalSteps?: number | null;
};

/** OpenAI's guide: at least 10 examples are required, clear improvements usually start at 50 to 100. */
const RECOMMENDED_EXAMPLES = 50;
/** Each trend compares windows of this share of the reported points (at least MIN_WINDOW points each). */
const WINDOW_SHARE = 0.1;
const MIN_WINDOW = 5;
/** Training loss is judged once this many steps have a value and, when the total is known, this share is done. */
const MIN_TRAIN_POINTS = 20;
const MIN_PROGRESS = 0.25;
/** Without a known total, a trend is judged only after this many points (a long job falls slowly at first). */
const MIN_POINTS_WITHOUT_TOTAL = 50;
/** "Not falling": the latest window is less than 10 % below the first. "Rising": more than 10 % above it. */
const FALL_EXPECTED = 0.1;
const RISE_LIMIT = 0.1;
/** Overfitting: validation loss at least 10 % and 0.02 above its best while training loss fell at least 5 %. */
const VALID_RISE = 0.1;
const VALID_RISE_ABSOLUTE = 0.02;
const TRAIN_FALL_WHILE_OVERFITTING = 0.05;
/**
 * Validation points needed, and the least points per validation window: per-step validation loss is measured
 * on one small batch and noisy (a median of 10 is about three times calmer), full validation per epoch is calm.
 */
const MIN_VALID_POINTS = 30;
const MIN_VALID_WINDOW = 10;
/**
 * On small jobs ten points per window are still noisy: the rise must also be 7 noise-σ/√window, about four
 * standard errors of the difference of two window medians (σ estimated from step-to-step differences).
 */
const NOISE_MARGIN = 7;
const MIN_FULL_VALID_POINTS = 3;

type Sample = { step: number; value: number };

export function metricWarnings(input: MetricWarningsInput): MetricWarning[] {
  const train = samples(input.points, "trainLoss");
  const warnings: MetricWarning[] = [];
  const overfitting = overfittingWarning(input, train);
  if (overfitting) warnings.push(overfitting);
  const trend = trainingTrendWarning(train, input.totalSteps ?? null);
  if (trend) warnings.push(trend);
  if (input.exampleCount !== null && input.exampleCount < RECOMMENDED_EXAMPLES) {
    warnings.push({
      code: "tooFewExamples",
      params: { examples: input.exampleCount, recommended: RECOMMENDED_EXAMPLES },
    });
  }
  return warnings;
}

function samples(points: readonly MetricPoint[], metric: "trainLoss" | "validLoss" | "fullValidLoss"): Sample[] {
  const result: Sample[] = [];
  for (const point of points) {
    const value = point[metric];
    if (value !== null && Number.isFinite(value)) result.push({ step: point.step, value });
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function windowSize(count: number): number {
  return Math.max(MIN_WINDOW, Math.round(count * WINDOW_SHARE));
}

const percent = (ratio: number) => Math.round(ratio * 100);

function trainingTrendWarning(train: readonly Sample[], totalSteps: number | null): MetricWarning | null {
  if (train.length < MIN_TRAIN_POINTS) return null;
  const lastStep = (train.at(-1) as Sample).step;
  if (totalSteps ? lastStep < totalSteps * MIN_PROGRESS : train.length < MIN_POINTS_WITHOUT_TOTAL) return null;
  const size = windowSize(train.length);
  const first = median(train.slice(0, size).map((sample) => sample.value));
  const latest = median(train.slice(-size).map((sample) => sample.value));
  if (first <= 0) return null; // a loss already at zero has nowhere to fall
  const change = (latest - first) / first;
  const params = { firstLoss: round(first), latestLoss: round(latest), changePercent: percent(change) };
  if (change > RISE_LIMIT) return { code: "lossRising", params };
  if (change > -FALL_EXPECTED) return { code: "lossNotFalling", params: { ...params, steps: lastStep } };
  return null;
}

function overfittingWarning(input: MetricWarningsInput, train: readonly Sample[]): MetricWarning | null {
  const valid = samples(input.points, "validLoss");
  const full = samples(input.points, "fullValidLoss");
  // Smoothed validation loss: medians over windows (full validation, once per epoch, is calm enough as it is).
  const perStep = valid.length >= MIN_VALID_POINTS;
  const validWindow = Math.max(MIN_VALID_WINDOW, windowSize(valid.length));
  const smoothed = perStep
    ? windowMedians(valid, validWindow)
    : full.length >= MIN_FULL_VALID_POINTS
      ? full.map((sample) => ({ ...sample, apart: 1 }))
      : null;
  if (!smoothed || smoothed.length < 2 || train.length < MIN_WINDOW) return null;
  let best = smoothed[0] as (typeof smoothed)[number];
  let bestIndex = 0;
  smoothed.forEach((sample, index) => {
    if (sample.value < best.value) {
      best = sample;
      bestIndex = index;
    }
  });
  const latest = smoothed.at(-1) as (typeof smoothed)[number];
  // The latest window must not share a point with the best one: one noisy window is not a trend.
  if (smoothed.length - 1 - bestIndex < latest.apart) return null;
  const rise = latest.value - best.value;
  const noiseMargin = perStep ? (NOISE_MARGIN * noiseOf(valid)) / Math.sqrt(validWindow) : 0;
  if (rise < Math.max(VALID_RISE_ABSOLUTE, best.value * VALID_RISE, noiseMargin)) return null;
  const size = windowSize(train.length);
  const trainAtBest = median(nearest(train, best.step, size));
  const trainLatest = median(train.slice(-size).map((sample) => sample.value));
  if (trainLatest > trainAtBest * (1 - TRAIN_FALL_WHILE_OVERFITTING)) return null;
  const params: Record<string, number> = {
    fromStep: best.step,
    bestValidLoss: round(best.value),
    latestValidLoss: round(latest.value),
    risePercent: percent(rise / best.value),
    suggestedEpochs: suggestedEpochs(input, best.step),
  };
  return { code: "overfitting", fromStep: best.step, params };
}

/** The noise (σ) of a series around its trend, robustly: from the median step-to-step difference. */
function noiseOf(series: readonly Sample[]): number {
  const differences = series.slice(1).map((sample, index) => Math.abs(sample.value - (series[index] as Sample).value));
  return differences.length === 0 ? 0 : (1.4826 * median(differences)) / Math.SQRT2;
}

/**
 * Medians of windows of `size` points, each starting half a window after the previous one, the last one ending
 * at the latest point. `apart`: how many windows later one no longer shares a point with this one.
 * O(n log size), so 20 000 steps cost no more than sorting them once.
 */
function windowMedians(series: readonly Sample[], size: number) {
  const stride = Math.max(1, Math.floor(size / 2));
  const ends: number[] = [];
  for (let end = size; end < series.length; end += stride) ends.push(end);
  ends.push(series.length);
  return ends.map((end) => {
    const slice = series.slice(end - size, end);
    return {
      step: (slice.at(-1) as Sample).step,
      value: median(slice.map((sample) => sample.value)),
      apart: Math.ceil(size / stride),
    };
  });
}

/** The training losses of the `size` steps closest to `step` (up to and around it). */
function nearest(series: readonly Sample[], step: number, size: number): number[] {
  let end = series.findIndex((sample) => sample.step > step);
  if (end === -1) end = series.length;
  const start = Math.max(0, end - size);
  return series.slice(start, Math.max(end, start + 1)).map((sample) => sample.value);
}

/** The epoch in which validation loss was lowest, when steps per epoch are known; 0 when they are not. */
function suggestedEpochs(input: MetricWarningsInput, step: number): number {
  const { nEpochs, totalSteps } = input;
  if (!nEpochs || !totalSteps) return 0;
  const perEpoch = totalSteps / nEpochs;
  return Math.min(nEpochs, Math.max(1, Math.ceil(step / perEpoch)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
