/** Datasets as a whole: list, create, rename, duplicate, delete, and the lookup every other query starts with. */
import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorName, nameOfUser } from "@/lib/members/authors";
import { MIN_TRAINING_EXAMPLES } from "@/lib/training-data/problems";
import type { DatasetKind } from "./example-data";
import { insertExampleRows } from "./insert-examples";

export type Db = Prisma.TransactionClient;
type DatasetRef = { workspaceId: string; datasetId: string };

const COPY_BATCH = 500;

/** Prisma gives up waiting for a transaction after 2 s; an import of 50 000 examples holds one for 1–2 s. */
export const TRANSACTION_WAIT = { maxWait: 15_000 };

const datasetFields = {
  id: true,
  workspaceId: true,
  name: true,
  kind: true,
  baseModel: true,
  revision: true,
  exampleCount: true,
  tokenCount: true,
  errorCount: true,
  warningCount: true,
  createdById: true,
  updatedById: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** "Not in your workspace" and "not there" are the same answer. */
export async function findDatasetOrThrow(client: Db, { workspaceId, datasetId }: DatasetRef) {
  const row = await client.dataset.findFirst({ where: { id: datasetId, workspaceId }, select: datasetFields });
  if (!row) throw new AppError("not_found", "This dataset does not exist");
  return { ...row, kind: row.kind as DatasetKind };
}

const named = { select: { name: true } } as const;

/** The dataset as its page and the API show it, with who created and last changed it. */
export async function getDatasetOrThrow({ workspaceId, datasetId }: DatasetRef) {
  const row = await db.dataset.findFirst({
    where: { id: datasetId, workspaceId },
    select: { ...datasetFields, createdByName: true, updatedByName: true, createdBy: named, updatedBy: named },
  });
  if (!row) throw new AppError("not_found", "This dataset does not exist");
  const { createdBy, updatedBy, ...dataset } = row;
  return {
    ...dataset,
    kind: row.kind as DatasetKind,
    createdByName: authorName(createdBy, row.createdByName),
    updatedByName: authorName(updatedBy, row.updatedByName),
    minExamples: MIN_TRAINING_EXAMPLES,
  };
}

export async function listDatasets(workspaceId: string) {
  const rows = await db.dataset.findMany({
    where: { workspaceId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      exampleCount: true,
      tokenCount: true,
      errorCount: true,
      warningCount: true,
      updatedAt: true,
      updatedByName: true,
      updatedBy: named,
    },
  });
  return rows.map(({ updatedBy, updatedByName, ...row }) => ({
    ...row,
    kind: row.kind as DatasetKind,
    updatedByName: authorName(updatedBy, updatedByName),
  }));
}

export async function createDataset(options: {
  workspaceId: string;
  userId: string;
  name: string;
  kind?: DatasetKind;
}): Promise<{ id: string }> {
  const { workspaceId, userId, name, kind } = options;
  const author = await nameOfUser(db, userId);
  return db.dataset.create({
    data: {
      workspaceId,
      name,
      kind,
      createdById: userId,
      createdByName: author,
      updatedById: userId,
      updatedByName: author,
    },
    select: { id: true },
  });
}

export async function renameDataset({ workspaceId, datasetId, name }: DatasetRef & { name: string }): Promise<void> {
  const { count } = await db.dataset.updateMany({
    where: { id: datasetId, workspaceId },
    data: { name, revision: { increment: 1 } },
  });
  if (count === 0) throw new AppError("not_found", "This dataset does not exist");
}

/** A new dataset with copies of the examples (versions stay with the original). */
export async function duplicateDataset(options: DatasetRef & { userId: string }): Promise<{ id: string }> {
  const { workspaceId, userId } = options;
  return db.$transaction(
    async (tx) => {
      const source = await findDatasetOrThrow(tx, options);
      const author = await nameOfUser(tx, userId);
      const copy = await tx.dataset.create({
        data: {
          workspaceId,
          name: `${source.name} (copy)`,
          kind: source.kind,
          baseModel: source.baseModel,
          exampleCount: source.exampleCount,
          tokenCount: source.tokenCount,
          errorCount: source.errorCount,
          warningCount: source.warningCount,
          createdById: userId,
          createdByName: author,
          updatedById: userId,
          updatedByName: author,
        },
        select: { id: true },
      });
      for (let after = 0; ; ) {
        const examples = await tx.datasetExample.findMany({
          where: { datasetId: source.id, position: { gt: after } },
          orderBy: { position: "asc" },
          take: COPY_BATCH,
          select: {
            position: true,
            data: true,
            preview: true,
            tokens: true,
            issues: true,
            errorCount: true,
            warningCount: true,
          },
        });
        const last = examples.at(-1);
        if (!last) break;
        await insertExampleRows(
          tx,
          examples.map((example) => ({ ...example, workspaceId, datasetId: copy.id })),
        );
        after = last.position;
      }
      return copy;
    },
    { ...TRANSACTION_WAIT, timeout: 120_000 },
  );
}

/** Frozen versions are kept (without their dataset), so jobs that trained on them still know their data. */
export async function deleteDataset({ actor, datasetId }: { actor: AuditActor; datasetId: string }): Promise<void> {
  const dataset = await getDatasetOrThrow({ workspaceId: actor.workspace.id, datasetId });
  await discardDataset({ workspaceId: actor.workspace.id, datasetId });
  await record(actor, "dataset.deleted", { type: "dataset", id: datasetId, name: dataset.name });
}

/** Takes back a dataset that was made a moment ago and never used (an import into it was refused). */
export async function discardDataset({ workspaceId, datasetId }: DatasetRef): Promise<void> {
  const { count } = await db.dataset.deleteMany({ where: { id: datasetId, workspaceId } });
  if (count === 0) throw new AppError("not_found", "This dataset does not exist");
}
