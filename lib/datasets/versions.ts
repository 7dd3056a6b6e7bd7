/** Frozen versions: immutable snapshots of a dataset's examples as the exact JSONL that jobs upload. */
import "server-only";
import { createHash } from "node:crypto";
import { type AuditActor, record } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authorName, nameOfUser } from "@/lib/members/authors";
import { MIN_TRAINING_EXAMPLES } from "@/lib/training-data/problems";
import { findDatasetOrThrow, TRANSACTION_WAIT } from "./datasets";
import type { DatasetKind } from "./example-data";
import { MAX_VALIDATION_RATIO, splitExamples, systemPromptOf } from "./split";

type DatasetRef = { workspaceId: string; datasetId: string };

const READ_BATCH = 1_000;

/** One example per line, LF, a trailing newline, no BOM: what OpenAI reads and what the hash is of. */
function toJsonl(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join("");
}

function contentHashOf(jsonl: string): string {
  return createHash("sha256").update(jsonl, "utf8").digest("hex");
}

type SplitSettings = { validationRatio?: number; seed?: number; stratify?: boolean };

/** Without a seed of their own, freezes of the same data split it the same way. */
const DEFAULT_SEED = 1;
const MAX_SEED = 2_147_483_647;

/**
 * Freezes the examples as they are now, optionally with a validation part (splitExamples). Only data the
 * provider accepts can be frozen. Freezing unchanged data with the same split again returns the latest
 * version instead of a copy of it.
 */
export async function freezeVersion({
  actor,
  datasetId,
  ...split
}: { actor: AuditActor; datasetId: string } & SplitSettings): Promise<FrozenVersion> {
  const ref = { workspaceId: actor.workspace.id, datasetId, userId: actor.user.id };
  const version = await freezeExamples({ ...ref, ...split });
  await record(actor, "dataset.version_frozen", { type: "version", id: version.id, name: `v${version.number}` });
  return version;
}

type FrozenVersion = { id: string; number: number; contentHash: string };

async function freezeExamples(options: DatasetRef & { userId: string } & SplitSettings): Promise<FrozenVersion> {
  const { validationRatio = 0, stratify = false } = options;
  const seed = validationRatio > 0 ? (options.seed ?? DEFAULT_SEED) : null;
  checkSplitSettings(validationRatio, seed);
  return db.$transaction(
    async (tx) => {
      const dataset = await findDatasetOrThrow(tx, options);
      const notReady = () =>
        new AppError("invalid_input", "Only a dataset without errors and with enough examples can be frozen", {
          reason: { code: "datasetNotReady", params: { min: MIN_TRAINING_EXAMPLES } },
        });
      if (dataset.errorCount > 0 || dataset.exampleCount < MIN_TRAINING_EXAMPLES) throw notReady();
      const examples: FrozenExample[] = [];
      for (let after = 0; ; ) {
        const batch = await tx.datasetExample.findMany({
          where: { datasetId: dataset.id, workspaceId: options.workspaceId, position: { gt: after } },
          orderBy: { position: "asc" },
          take: READ_BATCH,
          select: { id: true, position: true, data: true, tokens: true, errorCount: true },
        });
        const last = batch.at(-1);
        if (!last) break;
        // The cached counts say there are no errors; the examples themselves have the last word.
        if (batch.some((example) => example.errorCount > 0)) throw notReady();
        for (const { id, data, tokens } of batch) {
          // Parsed only when stratifying: a large dataset is frozen without reading its JSON.
          const systemPrompt = stratify ? systemPromptOf(JSON.parse(data) as Record<string, unknown>) : null;
          examples.push({ id, data, tokens, systemPrompt });
        }
        after = last.position;
      }
      const { training, validation } =
        seed === null
          ? { training: examples, validation: [] }
          : splitExamples(examples, { validationRatio, seed, stratify });
      if (training.length < MIN_TRAINING_EXAMPLES) {
        throw new AppError("invalid_input", "Too few examples are left for training after the split", {
          fields: { validationRatio: { code: "tooFewToSplit", params: { min: MIN_TRAINING_EXAMPLES + 1 } } },
        });
      }
      const jsonl = toJsonl(training.map((example) => example.data));
      const validationJsonl = validation.length > 0 ? toJsonl(validation.map((example) => example.data)) : null;
      const contentHash = contentHashOf(jsonl);
      const latest = await tx.datasetVersion.findFirst({
        where: { datasetId: dataset.id },
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          contentHash: true,
          validationJsonl: true,
          validationRatio: true,
          splitSeed: true,
        },
      });
      if (
        latest &&
        latest.contentHash === contentHash &&
        latest.validationJsonl === validationJsonl &&
        latest.validationRatio === validationRatio &&
        latest.splitSeed === seed
      ) {
        return { id: latest.id, number: latest.number, contentHash };
      }
      return tx.datasetVersion.create({
        data: {
          workspaceId: options.workspaceId,
          datasetId: dataset.id,
          datasetName: dataset.name,
          kind: dataset.kind,
          number: (latest?.number ?? 0) + 1,
          contentHash,
          jsonl,
          exampleCount: training.length,
          tokenCount: training.reduce((sum, example) => sum + example.tokens, 0),
          validationJsonl,
          validationCount: validation.length,
          validationRatio,
          splitSeed: seed,
          createdById: options.userId,
          createdByName: await nameOfUser(tx, options.userId),
        },
        select: { id: true, number: true, contentHash: true },
      });
    },
    { ...TRANSACTION_WAIT, timeout: 60_000 },
  );
}

type FrozenExample = { id: string; data: string; tokens: number; systemPrompt: string | null };

function checkSplitSettings(validationRatio: number, seed: number | null) {
  const refuse = (field: string, code: string, params: Record<string, number>) =>
    new AppError("invalid_input", "The split settings are out of range", { fields: { [field]: { code, params } } });
  if (!(validationRatio >= 0)) throw refuse("validationRatio", "tooLow", { min: 0 });
  if (validationRatio > MAX_VALIDATION_RATIO) throw refuse("validationRatio", "tooHigh", { max: MAX_VALIDATION_RATIO });
  if (seed !== null && !(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED)) {
    throw refuse("seed", "invalidSeed", { max: MAX_SEED });
  }
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
      validationCount: true,
      validationRatio: true,
      splitSeed: true,
      createdAt: true,
      createdByName: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, createdByName, ...row }) => ({
    ...row,
    createdByName: authorName(createdBy, createdByName),
  }));
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
      validationJsonl: true,
      validationCount: true,
      validationRatio: true,
      splitSeed: true,
      createdById: true,
      createdByName: true,
      createdBy: { select: { name: true } },
      createdAt: true,
    },
  });
  if (!row) throw new AppError("not_found", "This version does not exist");
  const { createdBy, ...version } = row;
  return { ...version, kind: row.kind as DatasetKind, createdByName: authorName(createdBy, row.createdByName) };
}

/**
 * One file of a version, named for download. A version without a split has one file, named as before the
 * split existed; asking for its validation part is not_found.
 */
export async function getVersionFileOrThrow(options: {
  workspaceId: string;
  versionId: string;
  part: "training" | "validation";
}): Promise<{ filename: string; jsonl: string }> {
  const { part } = options;
  const version = await getVersionOrThrow(options);
  const base = `${version.datasetName.replace(/[^\w.-]+/g, "-")}-v${version.number}`;
  if (version.validationJsonl === null) {
    if (part === "validation") throw new AppError("not_found", "This version has no validation file");
    return { filename: `${base}.jsonl`, jsonl: version.jsonl };
  }
  return part === "training"
    ? { filename: `${base}-train.jsonl`, jsonl: version.jsonl }
    : { filename: `${base}-validation.jsonl`, jsonl: version.validationJsonl };
}

/** A version's file as a download, recorded in the audit log. */
export async function exportVersionFile(options: {
  actor: AuditActor;
  versionId: string;
  part: "training" | "validation";
}): Promise<{ filename: string; jsonl: string }> {
  const { actor, versionId, part } = options;
  const file = await getVersionFileOrThrow({ workspaceId: actor.workspace.id, versionId, part });
  await record(actor, "export.version", { type: "version", id: versionId, name: file.filename }, { part });
  return file;
}
