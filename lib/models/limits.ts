/** What training data depends on in a base model: how many tokens of an example it trains on, and images. */
import { baseModelOf } from "./names";

const TRAINING_TOKEN_LIMITS_BY_PREFIX: ReadonlyArray<readonly [prefix: string, limit: number]> = [
  ["gpt-4.1-nano", 32_768],
  ["gpt-3.5-turbo", 16_385],
];

// gpt-4o, gpt-4o-mini, gpt-4.1, gpt-4.1-mini and o4-mini; newer models are at least as long.
const DEFAULT_TRAINING_TOKEN_LIMIT = 65_536;

// Vision fine-tuning, as documented for OpenAI and Azure.
const VISION_MODELS: readonly string[] = ["gpt-4o-2024-08-06", "gpt-4.1-2025-04-14"];

/** OpenAI truncates longer training examples to this many tokens rather than refusing them. */
export function tokenLimitForModel(model: string): number {
  const base = baseModelOf(model);
  return (
    TRAINING_TOKEN_LIMITS_BY_PREFIX.find(([prefix]) => base.startsWith(prefix))?.[1] ?? DEFAULT_TRAINING_TOKEN_LIMIT
  );
}

export function modelTakesImages(model: string): boolean {
  return VISION_MODELS.includes(baseModelOf(model));
}
