/** A version as the API shows it: its figures, without the JSONL itself (the app's export route serves that). */
import type { getVersionOrThrow } from "@/lib/datasets/queries";

export function versionView(version: Awaited<ReturnType<typeof getVersionOrThrow>>) {
  const { jsonl: _training, validationJsonl, ...figures } = version;
  return { ...figures, hasValidation: validationJsonl !== null };
}
