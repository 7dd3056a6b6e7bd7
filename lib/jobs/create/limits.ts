/** The new-job form's limits, for its fields in the browser and its schema (./schema.ts) on the server. */
/** Larger files belong in a dataset (imported in chunks and frozen); the browser reads this much at once. */
export const MAX_FORM_FILE_BYTES = 25 * 1024 * 1024;

export const MAX_METADATA_PAIRS = 16;
