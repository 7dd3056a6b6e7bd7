import { z } from "zod";
import { isPricedModel } from "@/lib/models/prices";

/** More than any list price by far: a higher figure is a typo, not a price. */
export const MAX_PRICE = 1000;

/** USD per 1M tokens as typed into a field: an empty field or text is refused rather than read as 0. */
const usdPerMillionTokens = z
  .string()
  .trim()
  .min(1)
  .refine((value) => Number.isFinite(Number(value)), "invalidNumber")
  .transform(Number)
  .pipe(z.number().min(0).max(MAX_PRICE));

const model = z.string().refine(isPricedModel, "invalidChoice");

export const setPriceSchema = z.object({
  model,
  training: usdPerMillionTokens,
  input: usdPerMillionTokens,
  cachedInput: usdPerMillionTokens,
  output: usdPerMillionTokens,
});

export const resetPriceSchema = z.object({ model });
