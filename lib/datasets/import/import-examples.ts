/** Imports a JSONL, CSV or TSV upload into a dataset: all of its examples, or (when the file is refused) none. */
import "server-only";
import fs from "node:fs";
import { db } from "@/lib/db/client";
import { sqlitePath } from "@/lib/db/migrate";
import { getEnv } from "@/lib/env";
import { uploadLimitBytes } from "@/lib/uploads/limit";
import { newTempFilePath } from "@/lib/uploads/temp-files";
import { findDatasetOrThrow } from "../datasets";
import type { CsvMapping } from "./csv-mapping";
import { fileError } from "./file-error";
import type { ImportFormat } from "./spool";
import { importInWorker } from "./spool-thread";

// The import streams through a spool file and inserts in batches, so its memory does not grow with the file
// (npm run bench imports 1 GB). OpenAI takes files up to 512 MB; a larger dataset is split into versions.
// UPLOAD_MAX_MB may lower it (lib/uploads/limit.ts).
export const MAX_IMPORT_BYTES = 1536 * 1024 * 1024;
const UNSUPPORTED = /\.(xlsx?|ods|parquet)$/i;
const CSV = /\.(csv|tsv)$/i;

type ImportOptions = {
  workspaceId: string;
  datasetId: string;
  userId: string;
  body: ReadableStream<Uint8Array>;
  filename: string;
  /** How the columns of a CSV/TSV file become messages; required for those, unused for JSONL. */
  mapping?: CsvMapping;
};

/**
 * Examples with problems are imported (the editor shows them); a file that cannot be read is refused as a
 * whole with AppError("invalid_input", { fields: { file: { code, params } } }) (or `mapping`, when the CSV
 * column mapping does not fit) and changes nothing. CSV/TSV rows become chat examples.
 */
export async function importExamples(
  options: ImportOptions,
): Promise<{ imported: number; format: ImportFormat; converted: boolean }> {
  const extension = UNSUPPORTED.exec(options.filename)?.[1];
  if (extension) throw fileError("unsupportedFileType", { extension: extension.toLowerCase() });
  const mapping = csvMappingOf(options);
  const dataset = await findDatasetOrThrow(db, options);
  const spool = await newTempFilePath("import", ".jsonl");
  try {
    const { body, filename, workspaceId, datasetId, userId } = options;
    const { kind, baseModel, exampleCount } = dataset;
    const summary = await importInWorker({
      body,
      path: spool,
      dataset: { kind, baseModel, exampleCount },
      maxFileBytes: uploadLimitBytes(MAX_IMPORT_BYTES),
      csv: mapping && { filename, mapping },
      target: { database: sqlitePath(getEnv().DATABASE_URL), workspaceId, datasetId, userId },
    });
    return { imported: summary.examples, format: summary.format, converted: summary.format === "prompt_completion" };
  } finally {
    await fs.promises.rm(spool, { force: true });
  }
}

/** The column mapping of a CSV/TSV upload (which cannot be read without one); none for JSONL. */
function csvMappingOf({ filename, mapping }: ImportOptions): CsvMapping | undefined {
  if (!CSV.test(filename)) return undefined;
  if (!mapping) throw fileError("csvNeedsMapping");
  return mapping;
}
