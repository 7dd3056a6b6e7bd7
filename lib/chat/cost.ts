/** What one answer cost, at the prices lib/models/prices.ts gives the model. */
import type { InferencePrices } from "@/lib/models/prices";

type TokenUsage = { inputTokens: number; cachedInputTokens: number; outputTokens: number };

/** USD; cached input tokens are part of the input tokens and billed at the cached price. */
export function answerCost(usage: TokenUsage, prices: InferencePrices): number {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  return (uncached * prices.input + cached * prices.cachedInput + usage.outputTokens * prices.output) / 1_000_000;
}
