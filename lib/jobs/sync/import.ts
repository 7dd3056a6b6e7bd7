/** Finds jobs in a connection's provider account that the app does not know (started elsewhere) and adds them. */
import "server-only";
import { db } from "@/lib/db/client";
import { jobFieldsFromProvider } from "@/lib/jobs/from-provider";
import { isActiveJobStatus } from "@/lib/jobs/status";
import { type ClientFor, runnerClient } from "./provider";
import type { SyncConnection } from "./queries";

/**
 * A job younger than this is left alone: the app's own new-job flow stores its row right after the provider
 * created the job, and must not find an imported twin there.
 */
const IMPORT_GRACE_MS = 10_000;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Imports the connection's unknown jobs; returns how many were added. Provider errors are thrown. */
export async function importExternalJobs(
  connection: SyncConnection,
  { clientFor = runnerClient, now = new Date() }: { clientFor?: ClientFor; now?: Date } = {},
): Promise<number> {
  const providerJobs = await clientFor(connection).listJobs();
  const settled = providerJobs.filter((job) => job.createdAt * 1000 <= now.getTime() - IMPORT_GRACE_MS);
  if (!settled.length) return 0;
  const known = await db.job.findMany({
    where: { connectionId: connection.id, providerJobId: { in: settled.map((job) => job.id) } },
    select: { providerJobId: true },
  });
  const knownIds = new Set(known.map((job) => job.providerJobId));
  let imported = 0;
  for (const job of settled) {
    if (knownIds.has(job.id)) continue;
    try {
      await db.job.create({
        data: {
          ...jobFieldsFromProvider(job),
          workspaceId: connection.workspaceId,
          connectionId: connection.id,
          connectionName: connection.name,
          connectionKind: connection.kind,
          providerJobId: job.id,
          external: true,
          startedById: null,
          nextSyncAt: now,
          // A job that had ended before the app saw it is history, not news: nothing is announced for it.
          notifiedAt: isActiveJobStatus(job.status) ? null : now,
        },
      });
      imported += 1;
    } catch (error) {
      // Added at the same moment by another sync.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return imported;
}
