import { describe, expect, it } from "vitest";
import type { MetricPoint } from "@/lib/jobs/metric-point";
import { chartDataFor, hasValues, latestValues, valuesAt } from "./chart-data";

function point(step: number, values: Partial<MetricPoint> = {}): MetricPoint {
  return {
    step,
    trainLoss: 2 / step,
    trainAccuracy: 0.5,
    validLoss: null,
    validAccuracy: null,
    fullValidLoss: null,
    fullValidAccuracy: null,
    ...values,
  };
}

const curve = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const step = from + i;
    return point(step, step % 10 === 0 ? { validLoss: 3 / step, fullValidLoss: 2.5 / step } : {});
  });

describe("chartDataFor", () => {
  it("aligns every metric on the steps, accuracy in percent, gaps where a step has no value", () => {
    const data = chartDataFor(curve(1, 20), 0);
    expect(data.steps).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(data.raw.trainAccuracy[0]).toBe(50);
    expect(data.raw.validLoss[8]).toBeNull();
    expect(data.raw.validLoss[9]).toBeCloseTo(0.3);
    expect(hasValues(data, "validLoss")).toBe(true);
    expect(hasValues(data, "validAccuracy")).toBe(false);
  });

  it("smooths the noisy metrics but not the per-epoch full validation loss", () => {
    const data = chartDataFor(curve(1, 30), 0.9);
    expect(data.smoothed.trainLoss.values[29]).toBeGreaterThan(data.raw.trainLoss[29] as number);
    expect(data.smoothed.fullValidLoss.values).toEqual(data.raw.fullValidLoss);
  });

  it("extends the previous data in place when steps were appended, with the same result as from scratch", () => {
    const first = chartDataFor(curve(1, 50), 0.6);
    const steps = first.steps;
    const grown = chartDataFor(curve(1, 120), 0.6, first);
    expect(grown.steps).toBe(steps);
    expect(grown).toEqual(chartDataFor(curve(1, 120), 0.6));
  });

  it("starts over when the points are not an extension or the smoothing changed", () => {
    const first = chartDataFor(curve(1, 50), 0.6);
    const other = chartDataFor(curve(5, 60), 0.6, first);
    expect(other.steps).not.toBe(first.steps);
    expect(other.steps[0]).toBe(5);
    const resmoothed = chartDataFor(curve(5, 60), 0.2, other);
    expect(resmoothed.smoothed.trainLoss.weight).toBe(0.2);
    expect(resmoothed).toEqual(chartDataFor(curve(5, 60), 0.2));
  });
});

describe("latestValues", () => {
  it("gives each reported metric's last value, step and smoothed value", () => {
    const latest = latestValues(chartDataFor(curve(1, 25), 0));
    expect(latest.map((entry) => entry.metric)).toEqual(["trainLoss", "validLoss", "fullValidLoss", "trainAccuracy"]);
    expect(latest[0]).toMatchObject({ step: 25, value: 2 / 25, smoothed: 2 / 25 });
    expect(latest[1]).toMatchObject({ step: 20, value: 3 / 20 });
  });
});

describe("valuesAt", () => {
  it("gives the value at the step, or the last one before it for metrics reported on some steps only", () => {
    const data = chartDataFor(curve(1, 25), 0.5);
    const [train, valid, full] = valuesAt(data, 14, ["trainLoss", "validLoss", "fullValidLoss"]);
    expect(train).toEqual({ metric: "trainLoss", step: 15, raw: 2 / 15, value: data.smoothed.trainLoss.values[14] });
    expect(valid).toMatchObject({ step: 10, raw: 0.3 });
    expect(full).toMatchObject({ step: 10, raw: 0.25, value: 0.25 });
    expect(valuesAt(data, 5, ["validLoss"])[0]).toEqual({ metric: "validLoss", step: null, raw: null, value: null });
  });
});
