import { describe, expect, it } from "vitest";
import { defaultSmoothing, extendSmoothed, smoothSeries } from "./smoothing";

describe("smoothSeries", () => {
  it("keeps the raw values at weight 0", () => {
    expect(smoothSeries([3, 1, 2], 0).values).toEqual([3, 1, 2]);
  });

  it("starts at the first value instead of at zero (debiased) and follows the trend", () => {
    const { values } = smoothSeries([2, 2, 2, 0, 0, 0], 0.5);
    expect(values.slice(0, 3)).toEqual([2, 2, 2]);
    // after three 2s the running average is 1.75, then 0.875 after the 0, debiased by 1 - 0.5⁴
    expect(values[3]).toBeCloseTo(0.875 / 0.9375, 10);
    const tail = values.slice(3) as number[];
    expect(tail[0]).toBeLessThan(2);
    expect(tail[1]).toBeLessThan(tail[0] as number);
    expect(tail[2]).toBeLessThan(tail[1] as number);
  });

  it("matches TensorBoard's formula", () => {
    const raw = [1, 5, 3, 4];
    const weight = 0.6;
    let last = 0;
    const expected = raw.map((value, index) => {
      last = last * weight + (1 - weight) * value;
      return last / (1 - weight ** (index + 1));
    });
    smoothSeries(raw, weight).values.forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index] as number, 12);
    });
  });

  it("leaves gaps where values are missing and does not count them", () => {
    const gapped = smoothSeries([1, null, 3, Number.NaN, 5], 0.5).values;
    const dense = smoothSeries([1, 3, 5], 0.5).values;
    expect(gapped[1]).toBeNull();
    expect(gapped[3]).toBeNull();
    expect([gapped[0], gapped[2], gapped[4]]).toEqual(dense);
  });

  it("reduces noise: the smoothed series moves far less between steps than the raw one", () => {
    const raw = Array.from({ length: 400 }, (_, step) => 1 + (step % 2 === 0 ? 0.3 : -0.3));
    const smoothed = smoothSeries(raw, 0.9).values as number[];
    const jump = (series: number[]) =>
      Math.max(...series.slice(100).map((value, i) => Math.abs(value - (series[i + 99] as number))));
    expect(jump(smoothed)).toBeLessThan(jump(raw) / 5);
  });

  it("clamps the weight to 0…0.99", () => {
    expect(smoothSeries([1], 5).weight).toBe(0.99);
    expect(smoothSeries([1], -1).weight).toBe(0);
  });
});

describe("extendSmoothed", () => {
  it("gives the same values as smoothing the whole series at once", () => {
    const raw = Array.from({ length: 300 }, (_, step) =>
      step % 7 === 0 ? null : Math.exp(-step / 80) + (step % 5) / 20,
    );
    const whole = smoothSeries(raw, 0.8).values;
    let growing = smoothSeries(raw.slice(0, 10), 0.8);
    for (const end of [10, 11, 57, 200, 300]) growing = extendSmoothed(growing, raw.slice(0, end));
    expect(growing.values).toEqual(whole);
  });

  it("does nothing when no value is new", () => {
    const smoothed = smoothSeries([1, 2, 3], 0.5);
    const again = extendSmoothed(smoothed, [1, 2, 3]);
    expect(again.values).toEqual(smoothed.values);
    expect(again.decay).toBe(0.5 ** 3);
  });
});

describe("defaultSmoothing", () => {
  it("starts at TensorBoard's 0.6 and smooths longer jobs more, up to 0.99", () => {
    expect(defaultSmoothing(0)).toBe(0.6);
    expect(defaultSmoothing(300)).toBe(0.6);
    expect(defaultSmoothing(1_000)).toBe(0.8);
    expect(defaultSmoothing(5_000)).toBe(0.96);
    expect(defaultSmoothing(20_000)).toBe(0.99);
    expect(defaultSmoothing(1_000_000)).toBe(0.99);
  });
});
