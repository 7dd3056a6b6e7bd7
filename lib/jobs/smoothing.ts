/**
 * TensorBoard's smoothing: an exponential moving average with debiasing, so the first values are not pulled
 * towards zero. Missing values stay missing and do not advance the average. A smoothed series can be
 * extended by new values without looking at the old ones again, so a growing chart costs O(new values).
 */
export type SmoothedSeries = {
  /** 0 keeps the raw values, 0.99 is the smoothest */
  weight: number;
  values: (number | null)[];
  /** the undebiased running average, and weight^(values seen) that debiases it */
  accumulated: number;
  decay: number;
};

export const MAX_SMOOTHING = 0.99;

export function clampSmoothing(weight: number): number {
  return Math.min(MAX_SMOOTHING, Math.max(0, weight));
}

/**
 * The smoothing a chart of `count` points starts with: TensorBoard's 0.6 for short jobs; for long ones an
 * average over about 1/200 of the points (an EMA averages about 1 / (1 - weight) values), up to 0.99.
 */
export function defaultSmoothing(count: number): number {
  const window = count / 200;
  return Math.round(Math.min(MAX_SMOOTHING, Math.max(0.6, 1 - 1 / window)) * 100) / 100;
}

export function smoothSeries(values: readonly (number | null)[], weight: number): SmoothedSeries {
  return extendSmoothed({ weight: clampSmoothing(weight), values: [], accumulated: 0, decay: 1 }, values);
}

/**
 * Smooths `values` beyond `smoothed.values.length` (the values before it are the ones smoothed already).
 * Appends to `smoothed.values` in place: the caller owns the series and hands it on.
 */
export function extendSmoothed(smoothed: SmoothedSeries, values: readonly (number | null)[]): SmoothedSeries {
  const { weight } = smoothed;
  let { accumulated, decay } = smoothed;
  const output = smoothed.values;
  for (let index = output.length; index < values.length; index++) {
    const value = values[index];
    if (value === null || value === undefined || !Number.isFinite(value)) {
      output.push(null);
      continue;
    }
    accumulated = accumulated * weight + (1 - weight) * value;
    decay *= weight;
    output.push(accumulated / (1 - decay));
  }
  return { weight, values: output, accumulated, decay };
}
