/** Frozen versions: immutable snapshots of a dataset's examples as the exact JSONL that jobs upload. */
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { MIN_TRAINING_EXAMPLES } from "@/lib/training-data/problems";
import { findDatasetOrThrow, TRANSACTION_WAIT } from "./datasets";
import type { DatasetKind } from "./example-data";

type DatasetRef = { workspaceId: string; datasetId: string };

const READ_BATCH = 1_000;

/** One example per line, LF, a trailing newline, no BOM: what OpenAI reads and what the hash is of. */
function toJsonl(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join("");
}

function contentHashOf(jsonl: string): string {
  return createHash("sha256").update(jsonl, "utf8").digest("hex");
}

/**
 * Freezes the examples as they are now. Only data the provider accepts can be frozen. Freezing unchanged
 * data again returns the latest version instead of a copy of it.
 */
export async function freezeVersion(
  options: DatasetRef & { userId: string },
): Promise<{ id: string; number: number; contentHash: string }> {
  return db.$transaction(
    async (tx) => {
      const dataset = await findDatasetOrThrow(tx, options);
      const notReady = () =>
        new AppError("invalid_input", "Only a dataset without errors and with enough examples can be frozen", {
          fields: { _form: { code: "datasetNotReady", params: { min: MIN_TRAINING_EXAMPLES } } },
        });
      if (dataset.errorCount > 0 || dataset.exampleCount < MIN_TRAINING_EXAMPLES) throw notReady();
      const lines: string[] = [];
      let tokenCount = 0;
      for (let after = 0; ; ) {
        const batch = await tx.datasetExample.findMany({
          where: { datasetId: dataset.id, workspaceId: options.workspaceId, position: { gt: after } },
          orderBy: { position: "asc" },
          take: READ_BATCH,
          select: { position: true, data: true, tokens: true, errorCount: true },
        });
        const last = batch.at(-1);
        if (!last) break;
        // The cached counts say there are no errors; the examples themselves have the last word.
        if (batch.some((example) => example.errorCount > 0)) throw notReady();
        for (const example of batch) lines.push(example.data);
        tokenCount += batch.reduce((sum, example) => sum + example.tokens, 0);
        after = last.position;
      }
      const jsonl = toJsonl(lines);
      const contentHash = contentHashOf(jsonl);
      const latest = await tx.datasetVersion.findFirst({
        where: { datasetId: dataset.id },
        orderBy: { number: "desc" },
        select: { id: true, number: true, contentHash: true },
      });
      if (latest?.contentHash === contentHash) return latest;
      return tx.datasetVersion.create({
        data: {
          workspaceId: options.workspaceId,
          datasetId: dataset.id,
          datasetName: dataset.name,
          kind: dataset.kind,
          number: (latest?.number ?? 0) + 1,
          contentHash,
          jsonl,
          exampleCount: lines.length,
          tokenCount,
          createdById: options.userId,
        },
        select: { id: true, number: true, contentHash: true },
      });
    },
    { ...TRANSACTION_WAIT, timeout: 60_000 },
  );
}

/** Newest first, without the JSONL itself. */
export async function listVersions(ref: DatasetRef) {
  const dataset = await findDatasetOrThrow(db, ref);
  const rows = await db.datasetVersion.findMany({
    where: { datasetId: dataset.id, workspaceId: ref.workspaceId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      contentHash: true,
      exampleCount: true,
      tokenCount: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdByName: createdBy?.name ?? null }));
}

/** A version with its bytes; it outlives its dataset (then `datasetId` is null). */
export async function getVersionOrThrow({ workspaceId, versionId }: { workspaceId: string; versionId: string }) {
  const row = await db.datasetVersion.findFirst({
    where: { id: versionId, workspaceId },
    select: {
      id: true,
      datasetId: true,
      datasetName: true,
      kind: true,
      number: true,
      contentHash: true,
      jsonl: true,
      exampleCount: true,
      tokenCount: true,
      createdById: true,
      createdAt: true,
    },
  });
  if (!row) throw new AppError("not_found", "This version does not exist");
  return { ...row, kind: row.kind as DatasetKind };
}
