import { describe, expect, it } from "vitest";
import { inferencePrices, isPricedModel, LIST_PRICES, PRICES_AS_OF, pricedModelOf, trainingCost } from "./prices";

const MINI = "gpt-4o-mini-2024-07-18";
const TUNED = `ft:${MINI}:acme::abc123`;

describe("trainingCost", () => {
  it.each([
    // gpt-4o-mini trains at $3 per 1M tokens: 1M tokens × 3 epochs = $9.
    [3, 1_000_000, 3, 9],
    [25, 200_000, 2, 10],
    [5, 12_345, 10, 0.61725],
    [25, 0, 3, 0],
  ])("bills every token once per epoch: $%d/1M × %i tokens × %i epochs = $%d", (training, tokens, epochs, cost) => {
    expect(trainingCost({ price: { training }, billingTokens: tokens, epochs })).toBeCloseTo(cost, 10);
  });
});

describe("pricedModelOf", () => {
  it.each([
    ["gpt-4o-2024-08-06", "gpt-4o-2024-08-06"],
    ["gpt-4o", "gpt-4o-2024-08-06"],
    ["ft:gpt-4o-2024-08-06:acme:support:abc123", "gpt-4o-2024-08-06"],
    ["ft:gpt-4o-2024-08-06:acme:support:abc123:ckpt-step-20", "gpt-4o-2024-08-06"],
    ["gpt-4o-2024-08-06.ft-0123abcd", "gpt-4o-2024-08-06"],
    ["gpt-4.1-mini-2025-04-14.ft-abc123:ckpt-step-5", "gpt-4.1-mini-2025-04-14"],
    ["gpt-4.1-nano-2025-04-14", null],
    ["gpt-4.1-nano-2025-04-14.ft-abc123", null],
    ["llama-3-70b", null],
    ["ft:llama-3:me::x", null],
    ["toString", null],
  ])("%s is priced as %s", (model, snapshot) => {
    expect(pricedModelOf(model)).toBe(snapshot);
  });
});

describe("list prices", () => {
  it("list the fine-tuned prices of the fine-tunable snapshots only", () => {
    expect(LIST_PRICES["gpt-4o-2024-08-06"]).toEqual({ training: 25, input: 3.75, cachedInput: 1.875, output: 15 });
    expect(isPricedModel(MINI)).toBe(true);
    expect(isPricedModel("gpt-4.1-nano-2025-04-14")).toBe(false);
    expect(isPricedModel("toString")).toBe(false);
  });

  it("are dated", () => {
    expect(PRICES_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("inferencePrices", () => {
  const own = { ...LIST_PRICES, [MINI]: { training: 3, input: 0.5, cachedInput: 0.25, output: 2 } };

  it.each([
    [TUNED, { input: 0.5, cachedInput: 0.25, output: 2 }],
    [`${TUNED}:ckpt-step-10`, { input: 0.5, cachedInput: 0.25, output: 2 }],
    [`${MINI}.ft-0123abcd`, { input: 0.5, cachedInput: 0.25, output: 2 }],
    [MINI, { input: 0.15, cachedInput: 0.075, output: 0.6 }],
    ["gpt-4o-mini", { input: 0.15, cachedInput: 0.075, output: 0.6 }],
    ["gpt-4.1", { input: 2, cachedInput: 0.5, output: 8 }],
    ["llama-3-70b", null],
    ["ft:llama-3:me::x", null],
  ])("%s: fine-tuned models from the workspace table, base models from the base list", (model, prices) => {
    const found = inferencePrices(model, own);
    expect(found && { input: found.input, cachedInput: found.cachedInput, output: found.output }).toEqual(prices);
  });

  it("an Azure fine-tuned model costs what its base's fine-tuned models cost", () => {
    expect(inferencePrices("gpt-4o-2024-08-06.ft-0123abcd", LIST_PRICES)).toEqual(LIST_PRICES["gpt-4o-2024-08-06"]);
  });

  it("a fine-tuned model costs more than its base, as OpenAI bills them", () => {
    const tuned = inferencePrices(TUNED, LIST_PRICES);
    const base = inferencePrices(MINI, LIST_PRICES);
    expect(tuned?.input).toBeGreaterThan(base?.input ?? Number.POSITIVE_INFINITY);
    expect(tuned?.output).toBeGreaterThan(base?.output ?? Number.POSITIVE_INFINITY);
  });
});
