/** "Sync now" for one workspace: import jobs started elsewhere, then bring every live job up to date. */
import "server-only";
import { logger } from "@/lib/logger";
import { importExternalJobs } from "./import";
import { listSyncableJobIds, listSyncConnections } from "./queries";
import { syncJob } from "./sync-job";

type SyncNowResult = { imported: number; synced: number; failed: number };

/** Runs `work` over `items`, at most `parallel` at a time. */
export async function inParallel<T>(items: T[], parallel: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
}

export async function syncWorkspaceNow(workspaceId: string): Promise<SyncNowResult> {
  const result: SyncNowResult = { imported: 0, synced: 0, failed: 0 };
  for (const connection of await listSyncConnections(workspaceId)) {
    try {
      result.imported += await importExternalJobs(connection);
    } catch (error) {
      logger.warn(`Import of jobs from connection ${connection.id} failed`, error);
      result.failed += 1;
    }
  }
  const jobIds = await listSyncableJobIds({ workspaceId, now: new Date() });
  await inParallel(jobIds, 3, async (jobId) => {
    const outcome = await syncJob(jobId);
    if (outcome.ok) result.synced += 1;
    else result.failed += 1;
  });
  return result;
}
