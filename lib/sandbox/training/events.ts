/** A simulated job's event log, in OpenAI's words. Events are ordered by time, so a later look only appends. */
import type { FinalJobStatus } from "@/lib/jobs/status";
import type { JobClock } from "./clock";
import type { StepMetrics } from "./metrics";

export type SimEvent = {
  /** The event's place in the log: the same job always has the same event at the same place. */
  seq: number;
  createdAt: number;
  level: "info" | "warn" | "error";
  message: string;
  type: "message" | "metrics";
  data: (StepMetrics & { total_steps: number }) | null;
};

type EventJob = {
  id: string;
  createdAt: number;
  trainingFile: string;
  validationFile: string | null;
  fineTunedModelName: string;
  validationError: { message: string } | null;
  pauses: ReadonlyArray<{ pausedAt: number; resumedAt: number | null }>;
};

export function jobEvents({
  job,
  clock,
  until,
  outcome,
  totalSteps,
  metrics,
  checkpoints,
}: {
  job: EventJob;
  clock: JobClock;
  /** The last moment that has happened for the job: now, or when it ended. */
  until: number;
  outcome: { status: FinalJobStatus; at: number } | null;
  totalSteps: number;
  /** The reported steps trained so far. */
  metrics: StepMetrics[];
  checkpoints: ReadonlyArray<{ stepNumber: number; createdAt: number }>;
}): SimEvent[] {
  const events: Array<Omit<SimEvent, "seq">> = [];
  const push = (at: number, message: string, level: SimEvent["level"] = "info") =>
    events.push({ createdAt: Math.floor(at), level, message, type: "message", data: null });
  const say = (at: number, message: string, level?: SimEvent["level"]) => {
    if (at <= until) push(at, message, level);
  };

  say(job.createdAt, `Created fine-tuning job: ${job.id}`);
  const validating = job.validationFile ? ` and validation file: ${job.validationFile}` : "";
  say(job.createdAt, `Validating training file: ${job.trainingFile}${validating}`);
  if (job.validationError) {
    say(clock.filesValidatedAt, job.validationError.message, "error");
  } else {
    say(clock.filesValidatedAt, "Files validated, moving job to queued state");
    say(clock.trainingStartsAt, "Fine-tuning job started");
    for (const step of metrics) {
      const createdAt = Math.floor(clock.stepAt(step.step, totalSteps));
      const data = { ...step, total_steps: totalSteps };
      events.push({ createdAt, level: "info", message: stepMessage(data), type: "metrics", data });
    }
    for (const checkpoint of checkpoints)
      push(checkpoint.createdAt, `Checkpoint created at step ${checkpoint.stepNumber}`);
    for (const pause of job.pauses) {
      say(pause.pausedAt, "Fine-tuning job paused");
      if (pause.resumedAt !== null) say(pause.resumedAt, "Fine-tuning job resumed");
    }
    if (outcome?.status === "succeeded") {
      push(outcome.at, `New fine-tuned model created: ${job.fineTunedModelName}`);
      push(outcome.at, "The job has successfully completed");
    }
  }
  if (outcome?.status === "cancelled") push(outcome.at, "Fine-tuning job cancelled");
  // A stable sort: events of the same millisecond keep the order they were pushed in, which is their causal order.
  return events.sort((a, b) => a.createdAt - b.createdAt).map((event, index) => ({ seq: index + 1, ...event }));
}

function stepMessage(metrics: StepMetrics & { total_steps: number }): string {
  const parts = [`training loss=${metrics.train_loss.toFixed(2)}`];
  if (metrics.valid_loss !== undefined) parts.push(`validation loss=${metrics.valid_loss.toFixed(2)}`);
  if (metrics.full_valid_loss !== undefined) parts.push(`full validation loss=${metrics.full_valid_loss.toFixed(2)}`);
  return `Step ${metrics.step}/${metrics.total_steps}: ${parts.join(", ")}`;
}
