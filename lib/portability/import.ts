/**
 * Restores an archive into an empty workspace in one transaction: fresh ids everywhere, references remapped
 * (versions → datasets, jobs → versions, conversations → connections), people matched by e-mail; authors
 * without an account here keep their name. Imported connections carry no key, imported jobs are history (not
 * synced again). A bad archive changes nothing.
 */
import "server-only";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { encryptSecret } from "@/lib/crypto";
import { EXAMPLE_COLUMNS } from "@/lib/datasets/insert-examples";
import { db } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import { getAppSecret } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newTempFilePath } from "@/lib/uploads/temp-files";
import { newWebhookSecret } from "@/lib/webhooks/sign";
import { type ArchiveReader, openArchive } from "./archive-reader";
import { ArchiveError } from "./errors";
import { type ArchiveCounts, paths } from "./format";

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;
type Person = { id: string; name: string; email: string };
/** Who wrote a row: the local user with the archive author's e-mail (if any), and the author's name. */
type Author = { id: string | null; name: string | null };
type Authors = (archiveUserId: unknown, keptName: unknown) => Author;
type ConnectionRow = {
  id: string;
  kind: string;
  name: string;
  baseUrl: string | null;
  organization: string | null;
  project: string | null;
  endpoint: string | null;
  apiVersion: string | null;
};

/** Imported jobs are not synced again: their connection has no key here. */
const NEVER = new Date("9999-12-31T00:00:00Z");

// The columns of the tables restored in bulk, in the order insertRows binds them (each row's id comes first).
const EVENT_COLUMNS = ["jobId", "providerEventId", "seq", "createdAt", "level", "type", "message", "data"] as const;
const METRIC_COLUMNS = [
  "jobId",
  "step",
  "trainLoss",
  "trainAccuracy",
  "validLoss",
  "validAccuracy",
  "fullValidLoss",
  "fullValidAccuracy",
] as const;
const CHECKPOINT_COLUMNS = ["jobId", "providerCheckpointId", "step", "model", "metrics", "createdAt"] as const;

const lines = (text: string): Row[] =>
  text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row);

const date = (value: unknown) => (value === null || value === undefined ? value : new Date(value as string));

/** What a workspace holds, as the archive's manifest counts it. */
export async function workspaceCounts(workspaceId: string): Promise<ArchiveCounts> {
  const [datasets, versions, examples, jobs, conversations] = await Promise.all([
    db.dataset.count({ where: { workspaceId } }),
    db.datasetVersion.count({ where: { workspaceId } }),
    db.datasetExample.count({ where: { workspaceId } }),
    db.job.count({ where: { workspaceId } }),
    db.chatConversation.count({ where: { workspaceId } }),
  ]);
  return { datasets, versions, examples, jobs, conversations };
}

/** An import needs a workspace without datasets, jobs or conversations, so nothing is mixed up or duplicated. */
async function isWorkspaceEmpty(workspaceId: string): Promise<boolean> {
  const { datasets, versions, jobs, conversations } = await workspaceCounts(workspaceId);
  return datasets + versions + jobs + conversations === 0;
}

export async function importWorkspace({
  workspaceId,
  filePath,
}: {
  workspaceId: string;
  filePath: string;
}): Promise<ArchiveCounts> {
  const archive = await openArchive(filePath);
  try {
    if (!(await isWorkspaceEmpty(workspaceId))) throw new ArchiveError("not_empty");
    await db.$transaction((tx) => restore(tx, workspaceId, archive), { maxWait: 10_000, timeout: 30 * 60_000 });
    return archive.manifest.counts;
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError("bad_entry", error);
  } finally {
    archive.close();
  }
}

async function restore(tx: Tx, workspaceId: string, archive: ArchiveReader) {
  const { manifest } = archive;
  if ((await tx.dataset.count({ where: { workspaceId } })) + (await tx.job.count({ where: { workspaceId } })) > 0) {
    throw new ArchiveError("not_empty");
  }
  await tx.workspace.update({ where: { id: workspaceId }, data: { name: manifest.workspace.name } });

  const author = await matchPeople(tx, archive);
  const connectionIds = await restoreConnections(tx, workspaceId, archive);
  await restoreSettings(tx, workspaceId, archive);
  const versionIds = await restoreDatasets(tx, workspaceId, archive, author);
  await restoreJobs(tx, workspaceId, archive, author, versionIds);
  await restoreConversations(tx, workspaceId, archive, author, connectionIds);
}

/**
 * The same e-mail in this installation is the same person: rows link to them. Everyone else keeps their name
 * only. The name is the one people.json gives (the author's name when exported), else the one the row kept
 * (an author whose account was already gone, or who never had one in the exporting installation).
 */
async function matchPeople(tx: Tx, archive: ArchiveReader): Promise<Authors> {
  const people = await archive.json<Person[]>(paths.people);
  const local = await tx.user.findMany({
    where: { email: { in: people.map((person) => person.email) } },
    select: { id: true, email: true },
  });
  const userByEmail = new Map(local.map((user) => [user.email, user.id]));
  const personById = new Map(people.map((person) => [person.id, person]));
  return (archiveUserId, keptName) => {
    const person = typeof archiveUserId === "string" ? personById.get(archiveUserId) : undefined;
    return {
      id: (person && userByEmail.get(person.email)) ?? null,
      name: person?.name ?? (typeof keptName === "string" ? keptName : null),
    };
  };
}

/** Connections come without keys; the Sandbox ones become this workspace's own Sandbox. */
async function restoreConnections(tx: Tx, workspaceId: string, archive: ArchiveReader) {
  const rows = await archive.json<ConnectionRow[]>(paths.connections);
  const sandbox = await tx.connection.findFirst({ where: { workspaceId, kind: "sandbox" }, select: { id: true } });
  const ids = new Map<string, string>();
  for (const row of rows) {
    if (row.kind === "sandbox") {
      if (sandbox) ids.set(row.id, sandbox.id);
      continue;
    }
    const { id, ...fields } = row;
    const created = await tx.connection.create({
      data: {
        workspaceId,
        kind: fields.kind,
        name: fields.name,
        baseUrl: fields.baseUrl,
        organization: fields.organization,
        project: fields.project,
        endpoint: fields.endpoint,
        apiVersion: fields.apiVersion,
      },
    });
    ids.set(id, created.id);
  }
  return ids;
}

/** Prices replace this workspace's; the webhook comes disabled, with a new secret, since secrets never travel. */
async function restoreSettings(tx: Tx, workspaceId: string, archive: ArchiveReader) {
  const prices = await archive.json<Row[]>(paths.prices);
  for (const price of prices) {
    const values = {
      training: price.training as number,
      input: price.input as number,
      cachedInput: price.cachedInput as number,
      output: price.output as number,
    };
    const model = price.model as string;
    await tx.modelPrice.upsert({
      where: { workspaceId_model: { workspaceId, model } },
      create: { workspaceId, model, ...values },
      update: values,
    });
  }
  const webhook = await archive.json<{ url: string; events: string } | null>(paths.webhook);
  if (webhook && !(await tx.webhook.findUnique({ where: { workspaceId } }))) {
    await tx.webhook.create({
      data: {
        workspaceId,
        url: webhook.url,
        events: webhook.events,
        enabled: false,
        secretEncrypted: encryptSecret(newWebhookSecret(), getAppSecret()),
      },
    });
  }
}

async function restoreDatasets(tx: Tx, workspaceId: string, archive: ArchiveReader, author: Authors) {
  const versionIds = new Map<string, string>();
  const names = Object.keys(archive.manifest.entries);
  const datasetFiles = names.filter((name) => /^datasets\/[^/]+\/dataset\.json$/.test(name));
  const restoreVersion = async (base: string, datasetId: string | null) => {
    const {
      id,
      datasetId: _,
      createdById,
      createdByName,
      createdAt,
      ...version
    } = await archive.json<Row>(paths.version(base, "version.json"));
    const validationPath = paths.version(base, "validation.jsonl");
    const createdBy = author(createdById, createdByName);
    const created = await tx.datasetVersion.create({
      data: {
        ...(version as Omit<Prisma.DatasetVersionUncheckedCreateInput, "jsonl" | "workspaceId">),
        workspaceId,
        datasetId,
        createdById: createdBy.id,
        createdByName: createdBy.name,
        createdAt: date(createdAt) as Date,
        jsonl: await archive.text(paths.version(base, "training.jsonl")),
        validationJsonl: archive.has(validationPath) ? await archive.text(validationPath) : null,
      },
    });
    versionIds.set(id as string, created.id);
  };

  for (const file of datasetFiles) {
    const { id, createdById, createdByName, updatedById, updatedByName, createdAt, updatedAt, ...dataset } =
      await archive.json<Row>(file);
    const createdBy = author(createdById, createdByName);
    const updatedBy = author(updatedById, updatedByName);
    const created = await tx.dataset.create({
      data: {
        ...(dataset as Omit<Prisma.DatasetUncheckedCreateInput, "workspaceId">),
        workspaceId,
        createdById: createdBy.id,
        createdByName: createdBy.name,
        updatedById: updatedBy.id,
        updatedByName: updatedBy.name,
        createdAt: date(createdAt) as Date,
        updatedAt: date(updatedAt) as Date,
      },
    });
    const examples = lines(await archive.text(paths.examples(id as string)));
    await insertRows(
      tx,
      "dataset_example",
      EXAMPLE_COLUMNS,
      examples.map((example) => [
        workspaceId,
        created.id,
        ...EXAMPLE_COLUMNS.slice(2, -2).map((column) => example[column] as string | number),
        date(example.createdAt) as Date,
        date(example.updatedAt) as Date,
      ]),
      { withId: true },
    );
    const prefix = `datasets/${id as string}/versions/`;
    const bases = names.filter((name) => name.startsWith(prefix) && name.endsWith("/version.json"));
    for (const name of bases) await restoreVersion(name.slice(0, -"/version.json".length), created.id);
  }
  for (const name of names.filter((name) => /^versions\/[^/]+\/version\.json$/.test(name))) {
    await restoreVersion(name.slice(0, -"/version.json".length), null);
  }
  return versionIds;
}

async function restoreJobs(
  tx: Tx,
  workspaceId: string,
  archive: ArchiveReader,
  author: Authors,
  versionIds: Map<string, string>,
) {
  const version = (id: unknown) => (typeof id === "string" ? (versionIds.get(id) ?? null) : null);
  const jobFiles = Object.keys(archive.manifest.entries).filter((name) => /^jobs\/[^/]+\/job\.json$/.test(name));
  for (const file of jobFiles) {
    const {
      id,
      connectionId: _,
      startedById,
      startedByName,
      trainingVersionId,
      validationVersionId,
      createdAt,
      finishedAt,
      estimatedFinishAt,
      syncedAt,
      nextSyncAt: __,
      notifiedAt,
      updatedAt: ___,
      ...job
    } = await archive.json<Row>(file);
    const startedBy = author(startedById, startedByName);
    const created = await tx.job.create({
      data: {
        ...(job as Omit<Prisma.JobUncheckedCreateInput, "workspaceId" | "createdAt">),
        workspaceId,
        connectionId: null,
        startedById: startedBy.id,
        startedByName: startedBy.name,
        trainingVersionId: version(trainingVersionId),
        validationVersionId: version(validationVersionId),
        createdAt: date(createdAt) as Date,
        finishedAt: date(finishedAt) as Date | null,
        estimatedFinishAt: date(estimatedFinishAt) as Date | null,
        syncedAt: date(syncedAt) as Date | null,
        notifiedAt: (date(notifiedAt) as Date | null) ?? new Date(),
        nextSyncAt: NEVER,
      },
    });
    const jobId = created.id;
    const events = lines(await archive.text(paths.job(id as string, "events.jsonl")));
    await insertRows(
      tx,
      "job_event",
      EVENT_COLUMNS,
      events.map((event) => [
        jobId,
        ...EVENT_COLUMNS.slice(1).map((column) => event[column] as string | number | null),
      ]),
      { withId: true },
    );
    const metrics = lines(await archive.text(paths.job(id as string, "metrics.jsonl")));
    await insertRows(
      tx,
      "job_metric",
      METRIC_COLUMNS,
      metrics.map((metric) => [
        jobId,
        ...METRIC_COLUMNS.slice(1).map((column) => (metric[column] ?? null) as number | null),
      ]),
    );
    const checkpoints = await archive.json<Row[]>(paths.job(id as string, "checkpoints.json"));
    await insertRows(
      tx,
      "job_checkpoint",
      CHECKPOINT_COLUMNS,
      checkpoints.map((checkpoint) => [
        jobId,
        ...CHECKPOINT_COLUMNS.slice(1).map((column) => checkpoint[column] as string | number),
      ]),
      { withId: true },
    );
  }
}

/** A conversation's columns name connections by id: they point at the imported ones. */
async function restoreConversations(
  tx: Tx,
  workspaceId: string,
  archive: ArchiveReader,
  author: Authors,
  connectionIds: Map<string, string>,
) {
  const files = Object.keys(archive.manifest.entries).filter((name) => /^conversations\/[^/]+\.json$/.test(name));
  for (const file of files) {
    const { title, state, createdById, createdByName, createdAt, updatedAt } = await archive.json<Row>(file);
    const createdBy = author(createdById, createdByName);
    await tx.chatConversation.create({
      data: {
        workspaceId,
        title: title as string,
        state: remapState(state as string, connectionIds),
        createdById: createdBy.id,
        createdByName: createdBy.name,
        createdAt: date(createdAt) as Date,
        updatedAt: date(updatedAt) as Date,
      },
    });
  }
}

function remapState(state: string, connectionIds: Map<string, string>): string {
  const parsed = JSON.parse(state) as { columns?: Array<{ model?: { connectionId?: string } | null }> };
  for (const column of parsed.columns ?? []) {
    const connectionId = column.model?.connectionId;
    if (column.model && connectionId) column.model.connectionId = connectionIds.get(connectionId) ?? connectionId;
  }
  return JSON.stringify(parsed);
}

/** Archives larger than this (or than UPLOAD_MAX_MB) are refused while they arrive. */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;

/** Streams an uploaded archive to disk (never into memory), imports it, and removes the file again. */
export async function importUploadedArchive({
  workspaceId,
  body,
}: {
  workspaceId: string;
  /** The capped upload, from readUpload (lib/uploads/limit.ts). */
  body: AsyncIterable<Uint8Array>;
}): Promise<ArchiveCounts> {
  const filePath = await newTempFilePath("workspace-import", ".zip");
  try {
    await pipeline(body, fs.createWriteStream(filePath));
    return await importWorkspace({ workspaceId, filePath });
  } finally {
    await fs.promises.rm(filePath, { force: true });
  }
}
