import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/validation";
import { setPriceSchema } from "./schema";

const valid = { model: "gpt-4o-mini-2024-07-18", training: "3.5", input: "0", cachedInput: " 0.15 ", output: "1000" };

function fieldErrors(input: Record<string, string>) {
  const parsed = setPriceSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
}

describe("setPriceSchema", () => {
  it("reads the typed prices as numbers from 0 to 1000", () => {
    expect(setPriceSchema.parse(valid)).toEqual({
      model: "gpt-4o-mini-2024-07-18",
      training: 3.5,
      input: 0,
      cachedInput: 0.15,
      output: 1000,
    });
  });

  it("refuses empty fields, text, negative and too high prices, and models without a list price", () => {
    expect(fieldErrors({ ...valid, training: "" })).toEqual({ training: { code: "required" } });
    expect(fieldErrors({ ...valid, training: "three" })).toEqual({ training: { code: "invalidNumber" } });
    expect(fieldErrors({ ...valid, training: "-1" })).toEqual({ training: { code: "tooLow", params: { min: 0 } } });
    expect(fieldErrors({ ...valid, output: "1000.01" })).toEqual({
      output: { code: "tooHigh", params: { max: 1000 } },
    });
    expect(fieldErrors({ ...valid, model: "gpt-4.1-nano-2025-04-14" })).toEqual({ model: { code: "invalidChoice" } });
  });
});
