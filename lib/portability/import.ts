/**
 * Restores an archive into an empty workspace in one transaction: fresh ids everywhere, references remapped
 * (versions → datasets, jobs → versions, conversations → connections), people matched by e-mail; authors
 * without an account here keep their name. Imported connections carry no key, imported jobs are history (not
 * synced again). Every entry is parsed with its schema (schemas.ts) before it is written; a bad archive changes
 * nothing.
 */
import "server-only";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { type AuditActor, record } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { reportUnknownError } from "@/lib/error-body";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newTempFilePath } from "@/lib/uploads/temp-files";
import { type ArchiveReader, openArchive } from "./archive-reader";
import { matchAuthors } from "./authors";
import { ArchiveError, entryError } from "./errors";
import { type ArchiveCounts, isKnownEntry } from "./format";
import { restoreConversations } from "./restore-conversations";
import { restoreDatasets } from "./restore-datasets";
import { restoreJobs } from "./restore-jobs";
import { restoreConnections, restoreSettings } from "./restore-settings";

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

/**
 * Throws an ArchiveError for an archive that cannot be imported (the person's to fix), and an internal AppError,
 * logged here, when the database fails: that is not the archive's fault.
 */
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
    const unknown = archive.names.find((name) => !isKnownEntry(name));
    if (unknown) throw entryError(unknown, "unknown_entry");
    await db.$transaction((tx) => restore(tx, workspaceId, archive), { maxWait: 10_000, timeout: 30 * 60_000 });
    return archive.manifest.counts;
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const { appVersion, formatVersion } = archive.manifest;
    const { ref } = reportUnknownError(
      `Workspace import into ${workspaceId} failed (archive of version ${appVersion}, format ${formatVersion})`,
      error,
    );
    throw new AppError("internal", "The workspace import failed", { cause: error, ref });
  } finally {
    archive.close();
  }
}

async function restore(tx: Prisma.TransactionClient, workspaceId: string, archive: ArchiveReader) {
  if ((await tx.dataset.count({ where: { workspaceId } })) + (await tx.job.count({ where: { workspaceId } })) > 0) {
    throw new ArchiveError("not_empty");
  }
  await tx.workspace.update({ where: { id: workspaceId }, data: { name: archive.manifest.workspace.name } });

  const context = { tx, workspaceId, archive, author: await matchAuthors(tx, archive) };
  const connectionIds = await restoreConnections(context);
  await restoreSettings(context);
  const versionIds = await restoreDatasets(context);
  await restoreJobs(context, versionIds);
  await restoreConversations(context, connectionIds);
}

/** Archives larger than this (or than UPLOAD_MAX_MB) are refused while they arrive. */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;

/** Streams an uploaded archive to disk (never into memory), imports it, and removes the file again. */
export async function importUploadedArchive({
  actor,
  body,
}: {
  actor: AuditActor;
  /** The capped upload, from readUpload (lib/uploads/limit.ts). */
  body: AsyncIterable<Uint8Array>;
}): Promise<ArchiveCounts> {
  const filePath = await newTempFilePath("workspace-import", ".zip");
  try {
    await pipeline(body, fs.createWriteStream(filePath));
    const workspace = await db.workspace.findUniqueOrThrow({
      where: { id: actor.workspace.id },
      select: { name: true },
    });
    const counts = await importWorkspace({ workspaceId: actor.workspace.id, filePath });
    await record(
      actor,
      "workspace.imported",
      { type: "workspace", id: actor.workspace.id, name: workspace.name },
      counts,
    );
    return counts;
  } finally {
    await fs.promises.rm(filePath, { force: true });
  }
}
