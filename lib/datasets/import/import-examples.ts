/** Imports a JSONL, CSV or TSV upload into a dataset: all of its examples, or (when the file is refused) none. */
import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { type Db, findDatasetOrThrow, TRANSACTION_WAIT } from "../datasets";
import type { PreparedExample } from "../example-data";
import { type ExampleRow, insertExampleRows } from "../insert-examples";
import type { CsvMapping } from "./csv-mapping";
import { spoolCsvExamples } from "./csv-spool";
import { fileError } from "./file-error";
import { type ImportFormat, type SpoolSummary, spoolExamples } from "./spool";

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
    const summary = mapping
      ? await spoolCsvExamples({ body, path: spool, dataset, filename, mapping })
      : await spoolExamples({ body, path: spool, dataset });
    await db.$transaction((tx) => insertSpooled(tx, options, spool, summary), {
      ...TRANSACTION_WAIT,
      timeout: 10 * 60_000,
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

async function insertSpooled(tx: Db, options: ImportOptions, spool: string, summary: SpoolSummary) {
  const { workspaceId, userId } = options;
  // Checked again here: another import may have filled the dataset with the other kind meanwhile.
  const dataset = await findDatasetOrThrow(tx, options);
  if (dataset.exampleCount > 0 && dataset.kind !== summary.kind) {
    throw fileError("kindMismatch", { format: summary.format, kind: dataset.kind });
  }
  const { _max } = await tx.datasetExample.aggregate({ where: { datasetId: dataset.id }, _max: { position: true } });
  let position = _max.position ?? 0;
  let batch: ExampleRow[] = [];
  const lines = readline.createInterface({ input: fs.createReadStream(spool), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    position += 1;
    batch.push({ ...(JSON.parse(line) as PreparedExample), workspaceId, datasetId: dataset.id, position });
    if (batch.length === INSERT_BATCH) {
      await insertExampleRows(tx, batch);
      batch = [];
    }
  }
  await insertExampleRows(tx, batch);
  await tx.dataset.update({
    where: { id: dataset.id },
    data: {
      kind: summary.kind,
      revision: { increment: 1 },
      updatedById: userId,
      exampleCount: { increment: summary.examples },
      tokenCount: { increment: summary.tokens },
      errorCount: { increment: summary.withErrors },
      warningCount: { increment: summary.withWarnings },
    },
  });
}
