/** Why a job refused a change; the UI words each under errors.reason. */
export const JOB_REASONS = ["jobNotCancellable", "jobNotPausable", "jobNotResumable", "jobConnectionDeleted"] as const;

export type JobReason = (typeof JOB_REASONS)[number];
