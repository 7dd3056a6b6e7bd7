/** Why a job's recipe cannot be taken to another connection; the UI words each under errors.reason. */
export const PORTABILITY_REASONS = ["trainedOnFile"] as const;

export type PortabilityReason = (typeof PORTABILITY_REASONS)[number];
