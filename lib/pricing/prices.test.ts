import { describe, expect, it } from "vitest";
import { PRICES_AS_OF, priceForModel, trainingCost } from "./prices";

describe("trainingCost", () => {
  it("bills every token of the file once per epoch at the model's training price", () => {
    // gpt-4o-mini trains at $3 per 1M tokens: 1M tokens × 3 epochs = $9.
    expect(trainingCost({ model: "gpt-4o-mini-2024-07-18", billingTokens: 1_000_000, epochs: 3 })).toBeCloseTo(9, 10);
    expect(trainingCost({ model: "gpt-4.1-2025-04-14", billingTokens: 200_000, epochs: 2 })).toBeCloseTo(10, 10);
    expect(trainingCost({ model: "gpt-4.1-mini-2025-04-14", billingTokens: 12_345, epochs: 10 })).toBeCloseTo(
      0.61725,
      10,
    );
    expect(trainingCost({ model: "gpt-4o-2024-08-06", billingTokens: 0, epochs: 3 })).toBe(0);
  });

  it("prices a fine-tuned model like its base, and knows no price for other models", () => {
    expect(priceForModel("ft:gpt-4o-2024-08-06:acme:support:abc123")).toEqual(priceForModel("gpt-4o-2024-08-06"));
    expect(priceForModel("gpt-4o-2024-08-06")).toEqual({ training: 25, input: 3.75, cachedInput: 1.875, output: 15 });
    expect(trainingCost({ model: "gpt-4.1-nano-2025-04-14", billingTokens: 1_000, epochs: 1 })).toBeNull();
  });

  it("dates the prices", () => {
    expect(PRICES_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
