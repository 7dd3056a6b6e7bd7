/** Imports a JSONL, CSV or TSV upload into a dataset: all of its examples, or (when the file is refused) none. */
import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { db } from "@/lib/db/client";
import { sqliteDate, sqliteWriteTransaction } from "@/lib/db/sqlite";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { findDatasetOrThrow } from "../datasets";
import type { PreparedExample } from "../example-data";
import type { CsvMapping } from "./csv-mapping";
import { fileError } from "./file-error";
import type { ImportFormat, SpoolSummary } from "./spool";
import { spoolInWorker } from "./spool-thread";

const INSERT_BATCH = 500;
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
  const dir = path.join(getEnv().DATA_DIR, "tmp");
  await fs.promises.mkdir(dir, { recursive: true });
  const spool = path.join(dir, `import-${randomUUID()}.jsonl`);
  try {
    const { body, filename } = options;
    const { kind, baseModel, exampleCount } = dataset;
    const summary = await spoolInWorker({
      body,
      path: spool,
      dataset: { kind, baseModel, exampleCount },
      csv: mapping && { filename, mapping },
    });
    await insertSpooled(options, spool, summary);
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

/**
 * Inserts the spooled examples after the dataset's last one and updates its counts, in one transaction on
 * the plain SQLite connection: prepared statements, rows read from the spool file a batch at a time, so
 * memory stays flat however large the file (Prisma's interactive transaction grew with every row).
 */
function insertSpooled(options: ImportOptions, spool: string, summary: SpoolSummary) {
  const { workspaceId, userId, datasetId } = options;
  return sqliteWriteTransaction(async (sqlite) => {
    // Checked again here: another import may have filled the dataset with the other kind meanwhile.
    const dataset = sqlite
      .prepare<[string, string], { kind: string; exampleCount: number; last: number | null }>(
        `SELECT "kind", "exampleCount", (SELECT MAX("position") FROM "dataset_example" WHERE "datasetId" = d."id") AS "last"
         FROM "dataset" d WHERE d."id" = ? AND d."workspaceId" = ?`,
      )
      .get(datasetId, workspaceId);
    if (!dataset) throw new AppError("not_found", "This dataset does not exist");
    if (dataset.exampleCount > 0 && dataset.kind !== summary.kind) {
      throw fileError("kindMismatch", { format: summary.format, kind: dataset.kind });
    }
    const now = sqliteDate(new Date());
    const insert = sqlite.prepare(
      `INSERT INTO "dataset_example" ("id", "workspaceId", "datasetId", "position", "data", "preview", "tokens",
         "issues", "errorCount", "warningCount", "revision", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    let position = dataset.last ?? 0;
    let batch: PreparedExample[] = [];
    const insertBatch = () => {
      for (const row of batch) {
        position += 1;
        insert.run(
          randomUUID(),
          workspaceId,
          datasetId,
          position,
          row.data,
          row.preview,
          row.tokens,
          row.issues,
          row.errorCount,
          row.warningCount,
          now,
          now,
        );
      }
      batch = [];
    };
    const lines = readline.createInterface({ input: fs.createReadStream(spool), crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      batch.push(JSON.parse(line) as PreparedExample);
      if (batch.length === INSERT_BATCH) insertBatch();
    }
    insertBatch();
    sqlite
      .prepare(
        `UPDATE "dataset" SET "kind" = ?, "revision" = "revision" + 1, "updatedById" = ?,
           "updatedByName" = (SELECT "name" FROM "user" WHERE "id" = ?), "updatedAt" = ?,
           "exampleCount" = "exampleCount" + ?, "tokenCount" = "tokenCount" + ?,
           "errorCount" = "errorCount" + ?, "warningCount" = "warningCount" + ?
         WHERE "id" = ?`,
      )
      .run(
        summary.kind,
        userId,
        userId,
        now,
        summary.examples,
        summary.tokens,
        summary.withErrors,
        summary.withWarnings,
        datasetId,
      );
  });
}
