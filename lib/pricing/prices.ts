/**
 * OpenAI list prices of the fine-tunable base models, in USD per 1M tokens.
 * Not verified against OpenAI's pricing page: they are the figures of the team's API reference
 * (OPENAI-FINE-TUNING-API.md §7, from 2025 public pricing). Show them as estimates, never as a quote.
 * A workspace can set its own (lib/pricing/queries.ts).
 */
export const PRICES_AS_OF = "2026-11-26";

export type TokenPrices = { training: number; input: number; cachedInput: number; output: number };

export const LIST_PRICES: Readonly<Record<string, TokenPrices>> = {
  "gpt-4.1-2025-04-14": { training: 25, input: 3, cachedInput: 0.75, output: 12 },
  "gpt-4.1-mini-2025-04-14": { training: 5, input: 0.8, cachedInput: 0.2, output: 3.2 },
  "gpt-4o-2024-08-06": { training: 25, input: 3.75, cachedInput: 1.875, output: 15 },
  "gpt-4o-mini-2024-07-18": { training: 3, input: 0.3, cachedInput: 0.15, output: 1.2 },
};

export function isPricedModel(model: string): boolean {
  return Object.hasOwn(LIST_PRICES, model);
}

/** The base model whose price applies: a fine-tuned model (`ft:<base>:...`) is priced like its base. */
export function pricedModelOf(model: string): string {
  return model.replace(/^ft:([^:]*).*$/, "$1");
}

/** Training is billed per token of the file, once per epoch (SFT and DPO alike). */
export function trainingCost({
  price,
  billingTokens,
  epochs,
}: {
  price: Pick<TokenPrices, "training">;
  billingTokens: number;
  epochs: number;
}): number {
  return (billingTokens * epochs * price.training) / 1_000_000;
}
