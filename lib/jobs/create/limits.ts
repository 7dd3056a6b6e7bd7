/** The new-job form's limits, for its fields in the browser and its schema (./schema.ts) on the server. */
/** Larger files belong in a dataset (imported in chunks and frozen); the browser reads this much at once. */
export const MAX_FORM_FILE_BYTES = 25 * 1024 * 1024;

export const MAX_METADATA_PAIRS = 16;

export type RangeOptions = { min: number; max: number; integer?: boolean; exclusiveMin?: boolean };

export const HYPERPARAMETER_RANGES = {
  n_epochs: { min: 1, max: 50, integer: true },
  batch_size: { min: 1, max: 256, integer: true },
  learning_rate_multiplier: { min: 0, max: 10, exclusiveMin: true },
  beta: { min: 0, max: 2, exclusiveMin: true },
} as const satisfies Record<string, RangeOptions>;
