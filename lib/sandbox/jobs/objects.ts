/** The API objects of a job (job, events, checkpoints), in OpenAI's shapes. */
import { createHash } from "node:crypto";
import { unixSeconds } from "../ids";
import type { SimulatedJob, simulateJob } from "../training/timeline";

type Simulation = ReturnType<typeof simulateJob>;

/** Stable ids derived from the job and the event's place in it: a restart gives the same ids. */
function derivedId(prefix: string, ...parts: Array<string | number>): string {
  return `${prefix}${createHash("sha256").update(parts.join(":")).digest("base64url").replace(/[-_]/g, "x").slice(0, 24)}`;
}

const ms = (value: number | null) => (value === null ? null : unixSeconds(value));

export function toJobObject(
  job: SimulatedJob & { method: "supervised" | "dpo"; suffix: string | null; metadata: Record<string, string> | null },
  sim: Simulation,
  resultFileId: string | null,
) {
  const { n_epochs, batch_size, learning_rate_multiplier, beta } = job.hyperparameters as {
    n_epochs: number;
    batch_size: number;
    learning_rate_multiplier: number;
    beta?: number;
  };
  const resolved = { batch_size, learning_rate_multiplier, n_epochs };
  return {
    id: job.id,
    object: "fine_tuning.job" as const,
    created_at: unixSeconds(job.createdAt),
    error: sim.status === "failed" ? job.validationError : null,
    fine_tuned_model: sim.fineTunedModel,
    finished_at: ms(sim.finishedAt),
    estimated_finish: ms(sim.estimatedFinish),
    hyperparameters: resolved,
    method:
      job.method === "dpo"
        ? { type: "dpo" as const, dpo: { hyperparameters: { ...resolved, beta: beta ?? 0.1 } } }
        : { type: "supervised" as const, supervised: { hyperparameters: resolved } },
    model: job.model,
    organization_id: "org-sandbox",
    result_files: resultFileId ? [resultFileId] : [],
    seed: job.seed,
    status: sim.status,
    trained_tokens: sim.trainedTokens,
    training_file: job.trainingFile,
    validation_file: job.validationFile,
    integrations: null,
    metadata: job.metadata,
    user_provided_suffix: job.suffix,
    usage_metrics: null,
    shared_with_openai: false,
  };
}

export function toEventObjects(jobId: string, sim: Simulation) {
  return sim.events.map((event) => ({
    id: derivedId("ftevent-", jobId, event.seq),
    object: "fine_tuning.job.event" as const,
    created_at: unixSeconds(event.createdAt),
    level: event.level,
    message: event.message,
    type: event.type,
    data: event.data ?? {},
  }));
}

export function toCheckpointObjects(jobId: string, sim: Simulation) {
  return sim.checkpoints.map((checkpoint) => ({
    id: derivedId("ftckpt_", jobId, checkpoint.stepNumber),
    object: "fine_tuning.job.checkpoint" as const,
    created_at: unixSeconds(checkpoint.createdAt),
    fine_tuned_model_checkpoint: checkpoint.modelName,
    fine_tuning_job_id: jobId,
    metrics: checkpoint.metrics,
    step_number: checkpoint.stepNumber,
  }));
}
