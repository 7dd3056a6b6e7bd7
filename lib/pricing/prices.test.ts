import { describe, expect, it } from "vitest";
import { isPricedModel, LIST_PRICES, PRICES_AS_OF, pricedModelOf, trainingCost } from "./prices";

describe("trainingCost", () => {
  it("bills every token of the file once per epoch at the training price", () => {
    // gpt-4o-mini trains at $3 per 1M tokens: 1M tokens × 3 epochs = $9.
    expect(trainingCost({ price: { training: 3 }, billingTokens: 1_000_000, epochs: 3 })).toBeCloseTo(9, 10);
    expect(trainingCost({ price: { training: 25 }, billingTokens: 200_000, epochs: 2 })).toBeCloseTo(10, 10);
    expect(trainingCost({ price: { training: 5 }, billingTokens: 12_345, epochs: 10 })).toBeCloseTo(0.61725, 10);
    expect(trainingCost({ price: { training: 25 }, billingTokens: 0, epochs: 3 })).toBe(0);
  });
});

describe("list prices", () => {
  it("price a fine-tuned model like its base, and know no price for other models", () => {
    expect(pricedModelOf("ft:gpt-4o-2024-08-06:acme:support:abc123")).toBe("gpt-4o-2024-08-06");
    expect(pricedModelOf("gpt-4o-2024-08-06")).toBe("gpt-4o-2024-08-06");
    expect(LIST_PRICES["gpt-4o-2024-08-06"]).toEqual({ training: 25, input: 3.75, cachedInput: 1.875, output: 15 });
    expect(isPricedModel("gpt-4o-mini-2024-07-18")).toBe(true);
    expect(isPricedModel("gpt-4.1-nano-2025-04-14")).toBe(false);
    expect(isPricedModel("toString")).toBe(false);
  });

  it("are dated", () => {
    expect(PRICES_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
