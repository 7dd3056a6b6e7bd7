/** A job's hyperparameters: the values OpenAI accepts, and how "auto" turns into the numbers it trains with. */
type Requested = number | "auto" | undefined;

/** What a job asks for: "auto" or a number per hyperparameter; a missing one is "auto". */
export type RequestedHyperparameters = {
  n_epochs?: number | "auto";
  batch_size?: number | "auto";
  learning_rate_multiplier?: number | "auto";
  beta?: number | "auto";
};

export type HyperparameterRange = { min: number; max: number; integer: boolean; exclusiveMin: boolean };

export const HYPERPARAMETER_RANGES = {
  n_epochs: { min: 1, max: 50, integer: true, exclusiveMin: false },
  batch_size: { min: 1, max: 256, integer: true, exclusiveMin: false },
  learning_rate_multiplier: { min: 0, max: 10, integer: false, exclusiveMin: true },
  beta: { min: 0, max: 2, integer: false, exclusiveMin: true },
} as const satisfies Record<string, HyperparameterRange>;

/** A number in [min, max] (or (min, max] when `exclusiveMin`), whole when `integer`. */
export function isInRange(value: unknown, { min, max, integer, exclusiveMin }: HyperparameterRange): value is number {
  return (
    typeof value === "number" &&
    (!integer || Number.isInteger(value)) &&
    (exclusiveMin ? value > min : value >= min) &&
    value <= max
  );
}

type Hyperparameters = { n_epochs: number; batch_size: number; learning_rate_multiplier: number; beta?: number };

const DEFAULT_BETA = 0.1;

export function resolveHyperparameters({
  method,
  requested,
  examples,
}: {
  method: "supervised" | "dpo";
  requested: RequestedHyperparameters;
  examples: number;
}): Hyperparameters {
  const batch_size = explicit(requested.batch_size) ?? defaultBatchSize(examples);
  const resolved = {
    n_epochs: explicit(requested.n_epochs) ?? defaultEpochs(examples),
    batch_size,
    learning_rate_multiplier: explicit(requested.learning_rate_multiplier) ?? defaultLearningRateMultiplier(batch_size),
  };
  return method === "dpo" ? { ...resolved, beta: explicit(requested.beta) ?? DEFAULT_BETA } : resolved;
}

function explicit(value: Requested): number | undefined {
  return typeof value === "number" ? value : undefined;
}

/** OpenAI's cookbook heuristic: 3 epochs, more for small files (about 100 examples seen), fewer for huge ones. */
function defaultEpochs(examples: number): number {
  if (examples * 3 < 100) return Math.min(25, Math.floor(100 / examples));
  if (examples * 3 > 25_000) return Math.max(1, Math.floor(25_000 / examples));
  return 3;
}

/** About 0.2% of the examples, as OpenAI's auto batch sizes are observed to be, within the allowed 1–256. */
function defaultBatchSize(examples: number): number {
  return Math.max(1, Math.min(256, Math.round(examples * 0.002)));
}

// OpenAI documents 0.05, 0.1 or 0.2 "depending on final batch_size" (larger batches take larger rates); the cut-offs are ours.
function defaultLearningRateMultiplier(batchSize: number): number {
  if (batchSize < 8) return 0.05;
  if (batchSize < 32) return 0.1;
  return 0.2;
}

export function stepsPerEpoch({ examples, batch_size }: { examples: number; batch_size: number }): number {
  return Math.ceil(examples / batch_size);
}

export function totalSteps(job: { examples: number; n_epochs: number; batch_size: number }): number {
  return stepsPerEpoch(job) * job.n_epochs;
}
