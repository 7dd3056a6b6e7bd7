import { describe, expect, it } from "vitest";
import { LIST_PRICES } from "@/lib/pricing/prices";
import { answerCost, fineTunedBase, inferencePrices } from "./cost";

const MINI = "gpt-4o-mini-2024-07-18";
const TUNED = `ft:${MINI}:acme::abc123`;

describe("fineTunedBase", () => {
  it("finds the base of OpenAI fine-tuned names and checkpoints, and of Azure names", () => {
    expect(fineTunedBase(TUNED)).toBe(MINI);
    expect(fineTunedBase(`${TUNED}:ckpt-step-80`)).toBe(MINI);
    expect(fineTunedBase("gpt-4o-2024-08-06.ft-0123abcd")).toBe("gpt-4o-2024-08-06");
    expect(fineTunedBase(MINI)).toBeNull();
    expect(fineTunedBase("gpt-4o-mini")).toBeNull();
  });
});

describe("inferencePrices", () => {
  it("prices fine-tuned models and their checkpoints from the workspace table, base models from the base list", () => {
    const own = { ...LIST_PRICES, [MINI]: { training: 3, input: 0.5, cachedInput: 0.25, output: 2 } };
    expect(inferencePrices(TUNED, own)).toMatchObject({ input: 0.5, cachedInput: 0.25, output: 2 });
    expect(inferencePrices(`${TUNED}:ckpt-step-10`, own)).toMatchObject({ input: 0.5, output: 2 });
    expect(inferencePrices(MINI, own)).toEqual({ input: 0.15, cachedInput: 0.075, output: 0.6 });
  });

  it("reads aliases as their snapshot, and knows no price for unknown models", () => {
    expect(inferencePrices("gpt-4o-mini", LIST_PRICES)).toEqual(inferencePrices(MINI, LIST_PRICES));
    expect(inferencePrices("gpt-4.1", LIST_PRICES)).toEqual({ input: 2, cachedInput: 0.5, output: 8 });
    expect(inferencePrices("llama-3-70b", LIST_PRICES)).toBeNull();
    expect(inferencePrices("ft:llama-3:me::x", LIST_PRICES)).toBeNull();
  });

  it("a fine-tuned model costs more than its base, as OpenAI bills them", () => {
    const tuned = inferencePrices(TUNED, LIST_PRICES);
    const base = inferencePrices(MINI, LIST_PRICES);
    expect(tuned?.input).toBeGreaterThan(base?.input ?? Number.POSITIVE_INFINITY);
    expect(tuned?.output).toBeGreaterThan(base?.output ?? Number.POSITIVE_INFINITY);
  });
});

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
