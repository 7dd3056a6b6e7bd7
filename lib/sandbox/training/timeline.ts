/** A Sandbox fine-tuning job's life, computed from its record and the time: no timers, no stored progress. */

import type { FinalJobStatus } from "@/lib/jobs/status";
import { stepsPerEpoch } from "@/lib/models/hyperparameters";
import { createJobClock, type JobClock, type LivePhase } from "./clock";
import { jobEvents, type SimEvent } from "./events";
import { createMetricsModel, reportedSteps, type StepMetrics } from "./metrics";

export type SimulatedJob = {
  id: string;
  createdAt: number;
  model: string;
  fineTunedModelName: string;
  trainingFile: string;
  validationFile: string | null;
  examples: number;
  billingTokens: number;
  hyperparameters: { n_epochs: number; batch_size: number; learning_rate_multiplier: number; beta?: number };
  seed: number;
  /** Seconds per unit of the simulation; a job takes 45 units plus its pauses. */
  secondsPerUnit: number;
  validationError: { code: string; message: string; param: string | null } | null;
  pauses: Array<{ pausedAt: number; resumedAt: number | null }>;
  cancelledAt: number | null;
};

type Outcome = { status: FinalJobStatus; at: number };

type SimCheckpoint = { stepNumber: number; createdAt: number; metrics: StepMetrics; modelName: string };

type JobSimulation = {
  status: LivePhase | Outcome["status"];
  trainedSteps: number;
  totalSteps: number;
  finishedAt: number | null;
  estimatedFinish: number | null;
  trainedTokens: number | null;
  events: SimEvent[];
  checkpoints: SimCheckpoint[];
  fineTunedModel: string | null;
};

/** Times are milliseconds. The same job at the same time always gives the same answer. */
export function simulateJob(job: SimulatedJob, now: number): JobSimulation {
  const clock = createJobClock(job);
  const { n_epochs, batch_size } = job.hyperparameters;
  const perEpoch = stepsPerEpoch({ examples: job.examples, batch_size });
  const totalSteps = perEpoch * n_epochs;
  const outcome = outcomeOf(job, clock, now);
  const until = outcome?.at ?? now;
  const trainedSteps = job.validationError ? 0 : clock.stepsDoneAt(until, totalSteps);
  const metricsAt = createMetricsModel(job);
  const checkpoints = lastEpochEnds(n_epochs, perEpoch)
    .filter((step) => step <= trainedSteps)
    .map((step) => ({
      stepNumber: step,
      createdAt: Math.floor(clock.stepAt(step, totalSteps)),
      metrics: metricsAt(step),
      modelName: `${job.fineTunedModelName}:ckpt-step-${step}`,
    }));
  const metrics = reportedSteps(totalSteps, perEpoch, trainedSteps).map(metricsAt);
  const status = outcome?.status ?? clock.phaseAt(now);
  return {
    status,
    trainedSteps,
    totalSteps,
    finishedAt: outcome ? Math.floor(outcome.at) : null,
    estimatedFinish: status === "queued" || status === "running" ? Math.floor(clock.succeedsAt) : null,
    trainedTokens: status === "succeeded" ? job.billingTokens * n_epochs : null,
    events: jobEvents({ job, clock, until, outcome, totalSteps, metrics, checkpoints }),
    checkpoints,
    fineTunedModel: status === "succeeded" ? job.fineTunedModelName : null,
  };
}

// OpenAI keeps the checkpoints of the last three epochs; the last one is the final model.
function lastEpochEnds(epochs: number, perEpoch: number): number[] {
  const first = Math.max(1, epochs - 2);
  return Array.from({ length: epochs - first + 1 }, (_, i) => (first + i) * perEpoch);
}

// The job ends as it would have on its own, unless a cancel came first.
function outcomeOf(job: SimulatedJob, clock: JobClock, now: number): Outcome | null {
  const natural: Outcome = job.validationError
    ? { status: "failed", at: clock.filesValidatedAt }
    : { status: "succeeded", at: clock.succeedsAt };
  const cancelledAt = job.cancelledAt ?? Infinity;
  if (natural.at <= Math.min(now, cancelledAt)) return natural;
  if (cancelledAt <= now) return { status: "cancelled", at: cancelledAt };
  return null;
}

const CSV_HEADER = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy";

/** The job's result file (OpenAI's step_metrics.csv): one row per step; validation values where they were reported. */
export function stepMetricsCsv(job: SimulatedJob): string {
  const perEpoch = stepsPerEpoch({ examples: job.examples, batch_size: job.hyperparameters.batch_size });
  const totalSteps = perEpoch * job.hyperparameters.n_epochs;
  const reported = new Set(reportedSteps(totalSteps, perEpoch, totalSteps));
  const metricsAt = createMetricsModel(job);
  const rows = [CSV_HEADER];
  for (let step = 1; step <= totalSteps; step++) {
    const { train_loss, train_mean_token_accuracy, valid_loss, valid_mean_token_accuracy } = metricsAt(step);
    const valid = reported.has(step) ? [valid_loss, valid_mean_token_accuracy] : [undefined, undefined];
    // join() writes undefined as an empty cell, which is how OpenAI leaves out unmeasured values.
    rows.push([step, train_loss, train_mean_token_accuracy, ...valid].join(","));
  }
  return `${rows.join("\n")}\n`;
}
