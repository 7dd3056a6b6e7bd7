/** The workspace archive's layout and manifest: what an export writes and an import checks first. */
import { z } from "zod";

export const ARCHIVE_FORMAT = "finetune-playground-workspace";
/** 2: rows keep their authors' names (startedByName, createdByName, updatedByName); version 1 archives still import. */
export const FORMAT_VERSION = 2;

export const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1).max(FORMAT_VERSION),
  appVersion: z.string(),
  exportedAt: z.string(),
  workspace: z.strictObject({ name: z.string() }),
  counts: z.strictObject({
    datasets: z.number().int().min(0),
    versions: z.number().int().min(0),
    examples: z.number().int().min(0),
    jobs: z.number().int().min(0),
    conversations: z.number().int().min(0),
  }),
  /** SHA-256 (hex) of every other entry's bytes, by path */
  entries: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ArchiveCounts = Manifest["counts"];

export const MANIFEST_PATH = "manifest.json";

/** Where each part of the workspace lives in the archive. */
export const paths = {
  people: "people.json",
  connections: "connections.json",
  prices: "prices.json",
  webhook: "webhook.json",
  dataset: (id: string) => `datasets/${id}/dataset.json`,
  examples: (id: string) => `datasets/${id}/examples.jsonl`,
  /** a version of a dataset; a version whose dataset was deleted lives under versions/<id>/ */
  version: (base: string, file: "version.json" | "training.jsonl" | "validation.jsonl") => `${base}/${file}`,
  versionBase: (datasetId: string | null, versionId: string, number: number) =>
    datasetId ? `datasets/${datasetId}/versions/${number}` : `versions/${versionId}`,
  job: (id: string, file: "job.json" | "events.jsonl" | "metrics.jsonl" | "checkpoints.json") => `jobs/${id}/${file}`,
  conversation: (id: string) => `conversations/${id}.json`,
};

/** The entries the import restores from, by what they hold; the capture is the id (and version number) in the path. */
export const entryPatterns = {
  dataset: /^datasets\/([^/]+)\/dataset\.json$/,
  datasetVersion: /^datasets\/([^/]+)\/versions\/(\d+)\/version\.json$/,
  /** a version whose dataset was deleted */
  looseVersion: /^versions\/([^/]+)\/version\.json$/,
  job: /^jobs\/([^/]+)\/job\.json$/,
  conversation: /^conversations\/([^/]+)\.json$/,
};

/** Everything an archive may hold besides its manifest: anything else is refused. */
const KNOWN_ENTRIES = [
  /^(people|connections|prices|webhook)\.json$/,
  /^datasets\/[^/]+\/(dataset\.json|examples\.jsonl)$/,
  /^(datasets\/[^/]+\/versions\/\d+|versions\/[^/]+)\/(version\.json|training\.jsonl|validation\.jsonl)$/,
  /^jobs\/[^/]+\/(job\.json|events\.jsonl|metrics\.jsonl|checkpoints\.json)$/,
  entryPatterns.conversation,
];

export const isKnownEntry = (name: string) => KNOWN_ENTRIES.some((pattern) => pattern.test(name));

/** finetune-playground-<workspace>-<date>.zip, with only safe characters in the name. */
export function archiveFilename(workspaceName: string, at: Date): string {
  const slug = workspaceName
    .normalize("NFKD")
    .replace(/[^\w-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40);
  return `finetune-playground-${slug || "workspace"}-${at.toISOString().slice(0, 10)}.zip`;
}
