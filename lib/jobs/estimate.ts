/** What a job will train on and cost, known before it is started: resolved epochs, billed tokens, price. */

import { resolveHyperparameters } from "@/lib/models/hyperparameters";
import { trainingCost } from "@/lib/models/prices";

export type HyperparameterChoice = number | "auto";

/**
 * The epochs a job trains for: the number asked for, or for "auto" the epochs OpenAI's heuristic picks for
 * this many examples (the same heuristic the Sandbox trains with and the dataset report shows).
 */
export function resolveEpochs(options: {
  method: "supervised" | "dpo";
  requested: HyperparameterChoice;
  examples: number;
}): number {
  return resolveHyperparameters({
    method: options.method,
    requested: { n_epochs: options.requested },
    examples: Math.max(1, options.examples),
  }).n_epochs;
}

/**
 * Every epoch bills each example's tokens (up to the model's limit) once, so the job bills
 * `billingTokens × epochs`; the cost is that at the training price per 1M tokens, or null without a price.
 */
export function estimateTraining(options: {
  method: "supervised" | "dpo";
  requestedEpochs: HyperparameterChoice;
  examples: number;
  billingTokens: number;
  trainingPrice: number | null;
}) {
  const epochs = resolveEpochs({
    method: options.method,
    requested: options.requestedEpochs,
    examples: options.examples,
  });
  const billedTokens = options.billingTokens * epochs;
  const cost =
    options.trainingPrice === null
      ? null
      : trainingCost({ price: { training: options.trainingPrice }, billingTokens: options.billingTokens, epochs });
  return { epochs, billedTokens, cost };
}
