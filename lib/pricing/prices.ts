/**
 * OpenAI list prices of the fine-tunable base models, in USD per 1M tokens.
 * Not verified against OpenAI's pricing page: they are the figures of the team's API reference
 * (OPENAI-FINE-TUNING-API.md §7, from 2025 public pricing). Show them as estimates, never as a quote.
 */
export const PRICES_AS_OF = "2026-11-26";

type ModelPrice = { training: number; input: number; cachedInput: number; output: number };

const PRICES: Record<string, ModelPrice> = {
  "gpt-4.1-2025-04-14": { training: 25, input: 3, cachedInput: 0.75, output: 12 },
  "gpt-4.1-mini-2025-04-14": { training: 5, input: 0.8, cachedInput: 0.2, output: 3.2 },
  "gpt-4o-2024-08-06": { training: 25, input: 3.75, cachedInput: 1.875, output: 15 },
  "gpt-4o-mini-2024-07-18": { training: 3, input: 0.3, cachedInput: 0.15, output: 1.2 },
};

/** The price of a base model, or of a fine-tuned one (`ft:<base>:...`), which is priced like its base. */
export function priceForModel(model: string): ModelPrice | null {
  return PRICES[model.replace(/^ft:([^:]*).*$/, "$1")] ?? null;
}

/** Training is billed per token of the file, once per epoch (SFT and DPO alike); null for an unknown model. */
export function trainingCost({
  model,
  billingTokens,
  epochs,
}: {
  model: string;
  billingTokens: number;
  epochs: number;
}): number | null {
  const price = priceForModel(model);
  return price && (billingTokens * epochs * price.training) / 1_000_000;
}
