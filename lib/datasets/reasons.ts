/** Why a dataset refused a change as a whole; the UI words each under errors.reason. */
export const DATASET_REASONS = ["datasetNotReady", "chatDatasetsOnly"] as const;

export type DatasetReason = (typeof DATASET_REASONS)[number];
