/** What one answer cost: fine-tuned models at the workspace's fine-tuned prices, base models at their list price. */
import { LIST_PRICES, type TokenPrices } from "@/lib/pricing/prices";

type InferencePrices = Pick<TokenPrices, "input" | "cachedInput" | "output">;

/**
 * OpenAI list prices of the base models (USD per 1M tokens, 2025 public pricing, not verified against the
 * pricing page; estimates). lib/pricing holds the fine-tuned prices, which are higher.
 */
const BASE_PRICES: Readonly<Record<string, InferencePrices>> = {
  "gpt-4.1-2025-04-14": { input: 2, cachedInput: 0.5, output: 8 },
  "gpt-4.1-mini-2025-04-14": { input: 0.4, cachedInput: 0.1, output: 1.6 },
  "gpt-4o-2024-08-06": { input: 2.5, cachedInput: 1.25, output: 10 },
  "gpt-4o-mini-2024-07-18": { input: 0.15, cachedInput: 0.075, output: 0.6 },
};

/** `ft:<base>:org:suffix:id[:ckpt-step-N]` (OpenAI) or `<base>.ft-<id>` (Azure) → the base; null for a base model. */
export function fineTunedBase(model: string): string | null {
  if (model.startsWith("ft:")) return model.split(":")[1] ?? null;
  const azure = model.indexOf(".ft-");
  return azure > 0 ? model.slice(0, azure) : null;
}

/** A snapshot id of the list for an id or an alias (`gpt-4o-mini` → `gpt-4o-mini-2024-07-18`). */
function listedSnapshot(model: string): string | null {
  const snapshots = Object.keys(LIST_PRICES);
  return snapshots.find((id) => id === model) ?? snapshots.find((id) => id.startsWith(`${model}-20`)) ?? null;
}

/**
 * The prices of a model: `fineTunedPrices` (the workspace's table, by base snapshot) for fine-tuned models and
 * their checkpoints, the base list otherwise; null for a model without a known price.
 */
export function inferencePrices(
  model: string,
  fineTunedPrices: Readonly<Record<string, InferencePrices>>,
): InferencePrices | null {
  const base = fineTunedBase(model);
  if (base !== null) {
    const snapshot = listedSnapshot(base);
    return snapshot ? (fineTunedPrices[snapshot] ?? null) : null;
  }
  const snapshot = listedSnapshot(model);
  return snapshot ? (BASE_PRICES[snapshot] ?? null) : null;
}

type TokenUsage = { inputTokens: number; cachedInputTokens: number; outputTokens: number };

/** USD; cached input tokens are part of the input tokens and billed at the cached price. */
export function answerCost(usage: TokenUsage, prices: InferencePrices): number {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  return (uncached * prices.input + cached * prices.cachedInput + usage.outputTokens * prices.output) / 1_000_000;
}
