/** Larger files belong in a dataset (imported in chunks and frozen); the browser reads this much at once. */
export const MAX_FORM_FILE_BYTES = 25 * 1024 * 1024;
