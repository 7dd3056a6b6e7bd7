/** The examples of a dataset, one at a time: list, read, save (with optimistic concurrency), add, delete. */
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { nameOfUser } from "@/lib/members/authors";
import { isRecord } from "@/lib/training-data/chat-message";
import { type Db, findDatasetOrThrow, TRANSACTION_WAIT } from "./datasets";
import {
  blankExample,
  type ExampleData,
  MAX_EXAMPLE_BYTES,
  type PreparedExample,
  parseStoredExample,
  prepareExample,
} from "./example-data";

type DatasetRef = { workspaceId: string; datasetId: string };
type ExampleRef = DatasetRef & { exampleId: string };
type Counts = Pick<PreparedExample, "tokens" | "errorCount" | "warningCount">;

const exampleFields = { id: true, position: true, data: true, tokens: true, issues: true, revision: true } as const;

/** Every example in order, with only what a list row shows: fast enough for tens of thousands. */
export async function listExampleSummaries(ref: DatasetRef) {
  const dataset = await findDatasetOrThrow(db, ref);
  return db.datasetExample.findMany({
    where: { datasetId: dataset.id, workspaceId: ref.workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, preview: true, tokens: true, errorCount: true, warningCount: true },
  });
}

export async function getExampleOrThrow(ref: ExampleRef) {
  const dataset = await findDatasetOrThrow(db, ref);
  return toView(await findExampleOrThrow(db, ref), dataset);
}

/** Saves the editor's version of an example, unless someone saved another since it was loaded. */
export async function saveExample(options: ExampleRef & { data: unknown; expectedRevision: number; userId: string }) {
  const value = exampleDataOrThrow(options.data);
  return db.$transaction(async (tx) => {
    const dataset = await findDatasetOrThrow(tx, options);
    const current = await findExampleOrThrow(tx, options);
    if (current.revision !== options.expectedRevision) {
      throw new AppError("conflict", "Someone else changed this example since it was loaded");
    }
    const prepared = prepareExample(value, dataset);
    const saved = await tx.datasetExample.update({
      where: { id: current.id },
      data: { ...prepared, revision: { increment: 1 } },
      select: exampleFields,
    });
    await recordChange(tx, dataset.id, options.userId, countChange(current, prepared));
    return toView(saved, dataset);
  }, TRANSACTION_WAIT);
}

/** Adds an example after the one at `afterPosition` (0: first; none: last); without data, an empty one. */
export async function addExample(options: DatasetRef & { userId: string; data?: unknown; afterPosition?: number }) {
  return db.$transaction(async (tx) => {
    const dataset = await findDatasetOrThrow(tx, options);
    const value = exampleDataOrThrow(options.data ?? blankExample(dataset.kind));
    const { _max } = await tx.datasetExample.aggregate({ where: { datasetId: dataset.id }, _max: { position: true } });
    const last = _max.position ?? 0;
    const position = Math.min(Math.max(0, options.afterPosition ?? last), last) + 1;
    await tx.datasetExample.updateMany({
      where: { datasetId: dataset.id, position: { gte: position } },
      data: { position: { increment: 1 } },
    });
    const prepared = prepareExample(value, dataset);
    const added = await tx.datasetExample.create({
      data: { ...prepared, workspaceId: options.workspaceId, datasetId: dataset.id, position },
      select: exampleFields,
    });
    await recordChange(tx, dataset.id, options.userId, countChange(null, prepared));
    return toView(added, dataset);
  }, TRANSACTION_WAIT);
}

export async function deleteExample(options: ExampleRef & { userId?: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const dataset = await findDatasetOrThrow(tx, options);
    const example = await findExampleOrThrow(tx, options);
    await tx.datasetExample.delete({ where: { id: example.id } });
    await tx.datasetExample.updateMany({
      where: { datasetId: dataset.id, position: { gt: example.position } },
      data: { position: { decrement: 1 } },
    });
    await recordChange(tx, dataset.id, options.userId, countChange(example, null));
  }, TRANSACTION_WAIT);
}

async function findExampleOrThrow(client: Db, { workspaceId, datasetId, exampleId }: ExampleRef) {
  const example = await client.datasetExample.findFirst({
    where: { id: exampleId, datasetId, workspaceId },
    select: { ...exampleFields, errorCount: true, warningCount: true },
  });
  if (!example) throw new AppError("not_found", "This example does not exist");
  return example;
}

function toView(
  row: { id: string; position: number; data: string; tokens: number; issues: string; revision: number },
  dataset: { kind: string; baseModel: string },
) {
  const { data, issues } = parseStoredExample(row, dataset);
  return { id: row.id, position: row.position, data, tokens: row.tokens, issues, revision: row.revision };
}

/** The editor may send anything; a dataset only holds JSON objects that fit on one JSONL line. */
function exampleDataOrThrow(data: unknown): ExampleData {
  if (!isRecord(data)) {
    throw new AppError("invalid_input", "An example is a JSON object", {
      fields: { data: { code: "exampleNotObject" } },
    });
  }
  if (Buffer.byteLength(JSON.stringify(data)) > MAX_EXAMPLE_BYTES) {
    const params = { maxMb: MAX_EXAMPLE_BYTES / 1024 / 1024 };
    throw new AppError("invalid_input", "The example is too large", {
      fields: { data: { code: "exampleTooLarge", params } },
    });
  }
  return data;
}

/** How the cached counts of a dataset change when an example goes from `before` to `after` (null: none). */
function countChange(before: Counts | null, after: Counts | null) {
  const has = (counts: Counts | null, key: "errorCount" | "warningCount") => (counts && counts[key] > 0 ? 1 : 0);
  return {
    exampleCount: (after ? 1 : 0) - (before ? 1 : 0),
    tokenCount: (after?.tokens ?? 0) - (before?.tokens ?? 0),
    errorCount: has(after, "errorCount") - has(before, "errorCount"),
    warningCount: has(after, "warningCount") - has(before, "warningCount"),
  };
}

async function recordChange(
  tx: Db,
  datasetId: string,
  userId: string | undefined,
  change: ReturnType<typeof countChange>,
) {
  await tx.dataset.update({
    where: { id: datasetId },
    data: {
      revision: { increment: 1 },
      updatedById: userId,
      updatedByName: userId === undefined ? undefined : await nameOfUser(tx, userId),
      exampleCount: { increment: change.exampleCount },
      tokenCount: { increment: change.tokenCount },
      errorCount: { increment: change.errorCount },
      warningCount: { increment: change.warningCount },
    },
  });
}
