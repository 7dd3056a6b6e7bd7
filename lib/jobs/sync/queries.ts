/** The rows the runner reads: connections with their credentials, and the jobs due for a sync. */
import "server-only";
import type { ConnectionKind } from "@/lib/connections/kinds";
import { db } from "@/lib/db/client";
import { ACTIVE_JOB_STATUSES } from "@/lib/jobs/status";

const connectionFields = {
  id: true,
  workspaceId: true,
  name: true,
  kind: true,
  baseUrl: true,
  organization: true,
  project: true,
  endpoint: true,
  apiVersion: true,
  apiKeyEncrypted: true,
} as const;

export type SyncConnection = Awaited<ReturnType<typeof listSyncConnections>>[number];

/** Every connection (of one workspace, or of all), with what it takes to call its provider. */
export async function listSyncConnections(workspaceId?: string) {
  const rows = await db.connection.findMany({
    // Chat-only (inference) connections have no jobs to look at.
    where: { kind: { not: "inference" }, ...(workspaceId ? { workspaceId } : {}) },
    select: connectionFields,
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ ...row, kind: row.kind as ConnectionKind }));
}

/** Jobs whose next look is due, the longest waiting first; `workspaceId` narrows it to one workspace. */
export async function listDueJobIds({ now, limit, workspaceId }: { now: Date; limit: number; workspaceId?: string }) {
  const rows = await db.job.findMany({
    where: { nextSyncAt: { lte: now }, ...(workspaceId ? { workspaceId } : {}) },
    select: { id: true },
    orderBy: { nextSyncAt: "asc" },
    take: limit,
  });
  return rows.map((row) => row.id);
}

/** A workspace's jobs the provider may still change, plus those due anyway (a finished job's last look). */
export async function listSyncableJobIds({ workspaceId, now }: { workspaceId: string; now: Date }) {
  const rows = await db.job.findMany({
    where: { workspaceId, OR: [{ status: { in: [...ACTIVE_JOB_STATUSES] } }, { nextSyncAt: { lte: now } }] },
    select: { id: true },
    orderBy: { nextSyncAt: "asc" },
  });
  return rows.map((row) => row.id);
}
