import { describe, expect, it } from "vitest";
import { HYPERPARAMETER_RANGES, isInRange, resolveHyperparameters, totalSteps } from "./hyperparameters";

const auto = (examples: number, method: "supervised" | "dpo" = "supervised") =>
  resolveHyperparameters({ method, requested: {}, examples });

describe("resolveHyperparameters", () => {
  it("trains 10 examples for 10 epochs at batch size 1: 100 steps", () => {
    const resolved = auto(10);
    expect(resolved).toEqual({ n_epochs: 10, batch_size: 1, learning_rate_multiplier: 0.05 });
    expect(totalSteps({ examples: 10, ...resolved })).toBe(100);
  });

  // OpenAI's data-preparation cookbook: 3 epochs, at least 100 examples seen (up to 25 epochs), at most 25 000.
  it.each([
    [1, 25],
    [3, 25],
    [4, 25],
    [5, 20],
    [10, 10],
    [20, 5],
    [33, 3],
    [34, 3],
    [100, 3],
    [8_333, 3],
    [8_334, 2],
    [10_000, 2],
    [12_500, 2],
    [12_501, 1],
    [40_000, 1],
  ])("follows the cookbook's epoch heuristic: %i examples → %i epochs", (examples, epochs) => {
    expect(auto(examples).n_epochs).toBe(epochs);
  });

  it("grows the batch with the data, up to 256, and the learning rate with the batch", () => {
    expect(auto(5_000)).toMatchObject({ batch_size: 10, learning_rate_multiplier: 0.1 });
    expect(auto(1_000_000)).toMatchObject({ batch_size: 256, learning_rate_multiplier: 0.2 });
  });

  it("keeps explicit numbers and resolves only what is auto", () => {
    const resolved = resolveHyperparameters({
      method: "supervised",
      requested: { n_epochs: 4, batch_size: 64, learning_rate_multiplier: "auto" },
      examples: 10,
    });
    expect(resolved).toEqual({ n_epochs: 4, batch_size: 64, learning_rate_multiplier: 0.2 });
    expect(totalSteps({ examples: 10, ...resolved })).toBe(4);
  });

  it("gives DPO a beta of 0.1 unless one is asked for, and supervised jobs none", () => {
    expect(auto(10, "dpo").beta).toBe(0.1);
    expect(resolveHyperparameters({ method: "dpo", requested: { beta: 0.5 }, examples: 10 }).beta).toBe(0.5);
    expect(resolveHyperparameters({ method: "supervised", requested: { beta: 0.5 }, examples: 10 })).not.toHaveProperty(
      "beta",
    );
  });
});

describe("HYPERPARAMETER_RANGES", () => {
  const values: Record<keyof typeof HYPERPARAMETER_RANGES, { accepted: number[]; refused: number[] }> = {
    n_epochs: { accepted: [1, 50], refused: [0, 51, 2.5] },
    batch_size: { accepted: [256], refused: [257] },
    learning_rate_multiplier: { accepted: [0.01, 10], refused: [0] },
    beta: { accepted: [2], refused: [0] },
  };
  const cases = Object.entries(values).flatMap(([name, { accepted, refused }]) => [
    ...accepted.map((value) => [name, value, true] as const),
    ...refused.map((value) => [name, value, false] as const),
  ]);
  it.each(cases)("%s = %d is accepted: %s", (name, value, accepted) => {
    expect(isInRange(value, HYPERPARAMETER_RANGES[name as keyof typeof values])).toBe(accepted);
  });

  it("accepts numbers only", () => {
    expect(isInRange("3", HYPERPARAMETER_RANGES.n_epochs)).toBe(false);
  });
});
