import { describe, expect, it } from "vitest";
import { answerCost } from "./cost";

describe("answerCost", () => {
  const prices = { input: 0.3, cachedInput: 0.15, output: 1.2 };

  it("bills input and output tokens per million", () => {
    expect(answerCost({ inputTokens: 1_000_000, cachedInputTokens: 0, outputTokens: 0 }, prices)).toBeCloseTo(0.3);
    expect(answerCost({ inputTokens: 120, cachedInputTokens: 0, outputTokens: 45 }, prices)).toBeCloseTo(
      (120 * 0.3 + 45 * 1.2) / 1e6,
      12,
    );
  });

  it("bills cached input tokens at the cached price, never more of them than the input has", () => {
    expect(answerCost({ inputTokens: 1000, cachedInputTokens: 400, outputTokens: 0 }, prices)).toBeCloseTo(
      (600 * 0.3 + 400 * 0.15) / 1e6,
      12,
    );
    expect(answerCost({ inputTokens: 100, cachedInputTokens: 500, outputTokens: 0 }, prices)).toBeCloseTo(
      (100 * 0.15) / 1e6,
      12,
    );
  });

  it("costs nothing for no tokens", () => {
    expect(answerCost({ inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 }, prices)).toBe(0);
  });
});
