/** What the jobs pages show, as plain JSON-safe values, and the pure rules that shape them. */
import type { ConnectionKind } from "@/lib/connections/kinds";
import type { JobStatus } from "./status";

export type JobListItem = {
  id: string;
  status: JobStatus;
  baseModel: string;
  fineTunedModel: string | null;
  providerJobId: string;
  suffix: string | null;
  connectionName: string;
  dataset: { datasetId: string | null; name: string; number: number } | null;
  startedBy: string | null;
  external: boolean;
  createdAt: string;
  finishedAt: string | null;
  durationSeconds: number | null;
  trainedTokens: number | null;
  cost: number | null;
};

export type JobListPage = { jobs: JobListItem[]; total: number; page: number; pageCount: number };

export type FacetOption = { value: string; label: string; count: number };
export type JobFacets = {
  connections: FacetOption[];
  models: FacetOption[];
  people: FacetOption[];
  datasets: FacetOption[];
};

export type JobHyperparameters = Partial<
  Record<"n_epochs" | "batch_size" | "learning_rate_multiplier" | "beta", number | string>
>;
export type JobError = { code: string; message: string; param: string | null };
export type VersionLink = { versionId: string; datasetId: string | null; name: string; number: number };

export type JobDetail = JobListItem & {
  connectionId: string | null;
  connectionKind: ConnectionKind;
  /** Azure: the resource endpoint, to name the resource in the deployment command */
  azureEndpoint: string | null;
  method: string;
  hyperparameters: JobHyperparameters;
  trainingFileId: string;
  trainingFileName: string | null;
  validationFileId: string | null;
  validationFileName: string | null;
  trainingVersion: VersionLink | null;
  validationVersion: (VersionLink & { part: string | null }) | null;
  seed: number | null;
  exampleCount: number | null;
  error: JobError | null;
  resultFiles: string[];
  estimatedFinishAt: string | null;
  deploymentName: string | null;
  syncedAt: string | null;
  syncError: string | null;
  /** the newest event's seq */
  eventCount: number;
  /** the last metrics event's step and total_steps */
  currentStep: number | null;
  totalSteps: number | null;
  timeline: TimelineStep[];
  checkpoints: CheckpointView[];
};

export type JobEventView = {
  seq: number;
  createdAt: number;
  level: "info" | "warn" | "error";
  type: string;
  message: string;
};
/** throughSeq: the newest event seq the page accounts for, where the next page starts */
export type JobEventPage = { events: JobEventView[]; hasMore: boolean; throughSeq: number };

export type CheckpointView = {
  id: string;
  step: number;
  model: string;
  metrics: Record<string, number>;
  createdAt: number;
};

export const EVENT_LEVELS = ["info", "warn", "error"] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

/** The steps where an epoch ends, evenly spread over the total steps, the last one excluded (it is the end). */
export function epochBoundarySteps(totalSteps: number | null, epochs: unknown): number[] {
  if (!totalSteps || typeof epochs !== "number" || !Number.isInteger(epochs) || epochs < 2) return [];
  return Array.from({ length: epochs - 1 }, (_, index) => Math.round((totalSteps * (index + 1)) / epochs));
}

const FAILURE_REASONS = [
  "fileFormat",
  "validationFile",
  "tooFewExamples",
  "tooManyTokens",
  "safety",
  "quota",
  "model",
  "server",
  "unknown",
] as const;
type FailureReason = (typeof FAILURE_REASONS)[number];

const FAILURE_RULES: ReadonlyArray<[FailureReason, (error: JobError) => boolean]> = [
  ["quota", (e) => /quota|billing|hard limit/i.test(`${e.code} ${e.message}`)],
  ["safety", (e) => /moderation|safety|unsafe|policy/i.test(`${e.code} ${e.message}`)],
  ["tooFewExamples", (e) => /n_examples|at least \d+ examples|too few examples/i.test(`${e.code} ${e.message}`)],
  ["tooManyTokens", (e) => /token limit|too many tokens|exceeds? .*tokens/i.test(e.message)],
  ["validationFile", (e) => e.code === "invalid_validation_file" || e.param === "validation_file"],
  ["fileFormat", (e) => /training_file|file format|invalid file/i.test(`${e.code} ${e.param ?? ""} ${e.message}`)],
  ["model", (e) => /model_not_found|model .*(not found|does not exist|not available)/i.test(`${e.code} ${e.message}`)],
  ["server", (e) => /server_error|internal error|internal_error/i.test(`${e.code} ${e.message}`)],
];

/** A failed job's error, sorted into a reason a person can act on (the original message stays shown too). */
export function failureReason(error: JobError): FailureReason {
  return FAILURE_RULES.find(([, matches]) => matches(error))?.[0] ?? "unknown";
}

export const TIMELINE_STEPS = ["created", "validating_files", "queued", "running", "end"] as const;
export type TimelineStep = {
  key: (typeof TIMELINE_STEPS)[number];
  /** ISO time the job reached the step, when known */
  at: string | null;
  /** skipped: a failed or cancelled job ended before it got there */
  state: "done" | "current" | "upcoming" | "skipped";
};

const STEP_MESSAGES: ReadonlyArray<[TimelineStep["key"], RegExp]> = [
  ["validating_files", /^Validating/i],
  ["queued", /queued/i],
  ["running", /job started|resumed/i],
];

const REACHED: Record<JobStatus, number> = {
  validating_files: 1,
  queued: 2,
  running: 3,
  paused: 3,
  succeeded: 4,
  failed: 4,
  cancelled: 4,
};

/** The job's way from created to its end, with the times its message events give. */
export function jobTimeline(job: {
  status: JobStatus;
  createdAt: string;
  finishedAt: string | null;
  messages: ReadonlyArray<{ createdAt: number; message: string }>;
}): TimelineStep[] {
  const reached = REACHED[job.status];
  const final = reached === 4;
  const firstTimeOf = (key: TimelineStep["key"]) => {
    const pattern = STEP_MESSAGES.find(([step]) => step === key)?.[1];
    const event = pattern && job.messages.find((message) => pattern.test(message.message));
    return event ? new Date(event.createdAt * 1000).toISOString() : null;
  };
  return TIMELINE_STEPS.map((key, index) => {
    const at = key === "created" ? job.createdAt : key === "end" ? job.finishedAt : firstTimeOf(key);
    if (final && key !== "end" && key !== "created" && job.status !== "succeeded" && at === null)
      return { key, at, state: "skipped" };
    const state = index < reached || (final && index === reached) ? "done" : index === reached ? "current" : "upcoming";
    return { key, at: state === "upcoming" ? null : at, state };
  });
}
