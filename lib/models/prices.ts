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

type Triple = [input: number, cachedInput: number, output: number];
const inference = ([input, cachedInput, output]: Triple): InferencePrices => ({ input, cachedInput, output });
/** Training, then input, cached input and output of the fine-tuned model, and of the base model. */
const listed = (training: number, fineTuned: Triple, base: Triple) => ({
  fineTuned: { training, ...inference(fineTuned) },
  base: inference(base),
});

const PRICE_TABLE: Readonly<Record<string, { fineTuned: TokenPrices; base: InferencePrices }>> = {
  "gpt-4.1-2025-04-14": listed(25, [3, 0.75, 12], [2, 0.5, 8]),
  "gpt-4.1-mini-2025-04-14": listed(5, [0.8, 0.2, 3.2], [0.4, 0.1, 1.6]),
  "gpt-4o-2024-08-06": listed(25, [3.75, 1.875, 15], [2.5, 1.25, 10]),
  "gpt-4o-mini-2024-07-18": listed(3, [0.3, 0.15, 1.2], [0.15, 0.075, 0.6]),
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
