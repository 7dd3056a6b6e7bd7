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

const FINAL_JOB_STATUSES: ReadonlySet<JobStatus> = new Set(["succeeded", "failed", "cancelled"]);

function isJobStatus(value: string): value is JobStatus {
  return (JOB_STATUSES as readonly string[]).includes(value);
}

/** Whether the provider may still change the job, so the runner keeps looking at it. */
export function isActiveJobStatus(status: string): boolean {
  return isJobStatus(status) && !FINAL_JOB_STATUSES.has(status);
}
