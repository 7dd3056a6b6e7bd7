/** A fine-tuning job's status, as the OpenAI API reports it, and what each one means for the app. */
export const JOB_STATUSES = [
  "validating_files",
  "queued",
  "running",
  "paused",
  "succeeded",
  "failed",
  "cancelled",
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

const FINAL_JOB_STATUSES = ["succeeded", "failed", "cancelled"] as const satisfies readonly JobStatus[];
/** How a job ended. */
export type FinalJobStatus = (typeof FINAL_JOB_STATUSES)[number];
/** A status the provider may still change. */
export type ActiveJobStatus = Exclude<JobStatus, FinalJobStatus>;

function isJobStatus(value: string): value is JobStatus {
  return (JOB_STATUSES as readonly string[]).includes(value);
}

export function isFinalJobStatus(status: string): status is FinalJobStatus {
  return (FINAL_JOB_STATUSES as readonly string[]).includes(status);
}

/** Whether the provider may still change the job, so the runner keeps looking at it. */
export function isActiveJobStatus(status: string): status is ActiveJobStatus {
  return isJobStatus(status) && !isFinalJobStatus(status);
}

/** The statuses a job can still be cancelled from: every one the provider may still change. */
export const ACTIVE_JOB_STATUSES: readonly ActiveJobStatus[] = JOB_STATUSES.filter(isActiveJobStatus);
