import { describe, expect, it } from "vitest";
import { estimateTraining, resolveEpochs } from "./estimate";

describe("resolveEpochs", () => {
  it("keeps a number asked for", () => {
    expect(resolveEpochs({ method: "supervised", requested: 7, examples: 10 })).toBe(7);
  });

  it("picks about 100 examples seen for small files, 3 for medium ones and fewer for huge ones", () => {
    expect(resolveEpochs({ method: "supervised", requested: "auto", examples: 10 })).toBe(10);
    expect(resolveEpochs({ method: "supervised", requested: "auto", examples: 30 })).toBe(3);
    expect(resolveEpochs({ method: "dpo", requested: "auto", examples: 1_000 })).toBe(3);
    expect(resolveEpochs({ method: "supervised", requested: "auto", examples: 12_500 })).toBe(2);
    expect(resolveEpochs({ method: "supervised", requested: "auto", examples: 100_000 })).toBe(1);
  });

  it("caps the epochs of tiny files at 25", () => {
    expect(resolveEpochs({ method: "supervised", requested: "auto", examples: 2 })).toBe(25);
  });
});

describe("estimateTraining", () => {
  it("bills the tokens once per epoch at the training price per 1M tokens", () => {
    expect(
      estimateTraining({
        method: "supervised",
        requestedEpochs: "auto",
        examples: 20,
        billingTokens: 40_000,
        trainingPrice: 3,
      }),
    ).toEqual({ epochs: 5, billedTokens: 200_000, cost: 0.6 });
  });

  it("uses the epochs asked for", () => {
    const estimate = estimateTraining({
      method: "dpo",
      requestedEpochs: 2,
      examples: 500,
      billingTokens: 1_000_000,
      trainingPrice: 25,
    });
    expect(estimate).toEqual({ epochs: 2, billedTokens: 2_000_000, cost: 50 });
  });

  it("has no cost for a model without a price, but still the billed tokens", () => {
    expect(
      estimateTraining({
        method: "supervised",
        requestedEpochs: 4,
        examples: 50,
        billingTokens: 1_000,
        trainingPrice: null,
      }),
    ).toEqual({ epochs: 4, billedTokens: 4_000, cost: null });
  });
});
