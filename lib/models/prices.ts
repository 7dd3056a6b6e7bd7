/**
 * OpenAI list prices of the fine-tunable base models, in USD per 1M tokens: training, a fine-tuned model's
 * inference, and the base model's own inference (lower).
 * Not verified against OpenAI's pricing page: they are the figures of the team's API reference
 * (OPENAI-FINE-TUNING-API.md §7, from 2025 public pricing). Show them as estimates, never as a quote.
 * A workspace can set its own fine-tuned prices (lib/pricing/queries.ts).
 */
import { parseModelName, snapshotOf } from "./names";

export const PRICES_AS_OF = "2026-11-26";

export type TokenPrices = { training: number; input: number; cachedInput: number; output: number };

export type InferencePrices = Pick<TokenPrices, "input" | "cachedInput" | "output">;

const PRICE_TABLE: Readonly<Record<string, { fineTuned: TokenPrices; base: InferencePrices }>> = {
  "gpt-4.1-2025-04-14": {
    fineTuned: { training: 25, input: 3, cachedInput: 0.75, output: 12 },
    base: { input: 2, cachedInput: 0.5, output: 8 },
  },
  "gpt-4.1-mini-2025-04-14": {
    fineTuned: { training: 5, input: 0.8, cachedInput: 0.2, output: 3.2 },
    base: { input: 0.4, cachedInput: 0.1, output: 1.6 },
  },
  "gpt-4o-2024-08-06": {
    fineTuned: { training: 25, input: 3.75, cachedInput: 1.875, output: 15 },
    base: { input: 2.5, cachedInput: 1.25, output: 10 },
  },
  "gpt-4o-mini-2024-07-18": {
    fineTuned: { training: 3, input: 0.3, cachedInput: 0.15, output: 1.2 },
    base: { input: 0.15, cachedInput: 0.075, output: 0.6 },
  },
};

/** Training and fine-tuned inference prices by base snapshot: what a workspace's price table starts from. */
export const LIST_PRICES: Readonly<Record<string, TokenPrices>> = Object.fromEntries(
  Object.entries(PRICE_TABLE).map(([model, prices]) => [model, prices.fineTuned]),
);

export function isPricedModel(model: string): boolean {
  return Object.hasOwn(PRICE_TABLE, model);
}

/**
 * The listed snapshot whose price applies to a model: a fine-tuned model (OpenAI or Azure) and its checkpoints
 * are priced like their base, an alias like its snapshot; null for a model without a list price.
 */
export function pricedModelOf(model: string): string | null {
  const base = parseModelName(model).base;
  const snapshot = isPricedModel(base) ? base : snapshotOf(base);
  return snapshot && isPricedModel(snapshot) ? snapshot : null;
}

/**
 * The inference prices of a model: `fineTunedPrices` (the workspace's table, by base snapshot) for fine-tuned
 * models and their checkpoints, the base list otherwise; null for a model without a known price.
 */
export function inferencePrices(
  model: string,
  fineTunedPrices: Readonly<Record<string, InferencePrices>>,
): InferencePrices | null {
  const snapshot = pricedModelOf(model);
  if (snapshot === null) return null;
  if (parseModelName(model).kind === "base") return PRICE_TABLE[snapshot]?.base ?? null;
  return fineTunedPrices[snapshot] ?? null;
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
