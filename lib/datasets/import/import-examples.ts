/** Imports a JSONL upload into a dataset: all of its examples, or (when the file is refused) none. */
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
import { fileError } from "./file-error";
import { type ImportFormat, type SpoolSummary, spoolExamples } from "./spool";

const INSERT_BATCH = 500;
const UNSUPPORTED = /\.(csv|tsv|xlsx?|ods|parquet)$/i;

type ImportOptions = {
  workspaceId: string;
  datasetId: string;
  userId: string;
  body: ReadableStream<Uint8Array>;
  filename: string;
};

/**
 * Examples with problems are imported (the editor shows them); a file that is not JSONL is refused as a
 * whole with AppError("invalid_input", { fields: { file: { code, params } } }) and changes nothing.
 */
export async function importExamples(
  options: ImportOptions,
): Promise<{ imported: number; format: ImportFormat; converted: boolean }> {
  const extension = UNSUPPORTED.exec(options.filename)?.[1];
  if (extension) throw fileError("unsupportedFileType", { extension: extension.toLowerCase() });
  const dataset = await findDatasetOrThrow(db, options);
  const dir = path.join(getEnv().DATA_DIR, "tmp");
  await fs.promises.mkdir(dir, { recursive: true });
  const spool = path.join(dir, `import-${randomUUID()}.jsonl`);
  try {
    const summary = await spoolExamples({ body: options.body, path: spool, dataset });
    await db.$transaction((tx) => insertSpooled(tx, options, spool, summary), {
      ...TRANSACTION_WAIT,
      timeout: 10 * 60_000,
    });
    return { imported: summary.examples, format: summary.format, converted: summary.format === "prompt_completion" };
  } finally {
    await fs.promises.rm(spool, { force: true });
  }
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
