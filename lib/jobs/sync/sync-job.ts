/**
 * One sync of one job: the provider's job object, its new events, metric points and checkpoints copied into
 * the job's rows in one transaction, then the next look scheduled. Failures are recorded, never thrown.
 */
import "server-only";
import type { ConnectionKind } from "@/lib/connections/kinds";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { jobFieldsFromProvider } from "@/lib/jobs/from-provider";
import { isActiveJobStatus } from "@/lib/jobs/status";
import { logger } from "@/lib/logger";
import { announceJobEnd } from "@/lib/notifications/job-end";
import { classifyProviderError } from "@/lib/providers/errors";
import type { ProviderFailure } from "@/lib/providers/failures";
import { retryAfterMsOf, retryDelayMs } from "./backoff";
import { mergeCheckpoints, mergeEvents } from "./merge";
import { type ClientFor, runnerClient } from "./provider";

/** When a fully synced finished job is looked at again: never, unless an action asks for it (nextSyncAt = now). */
const NEVER = new Date("9999-12-31T00:00:00Z");

type SyncOutcome = { ok: true; status: string; newEvents: number } | { ok: false; reason: ProviderFailure | "missing" };

function syncIntervalMs(kind: string): number {
  const env = getEnv();
  return (kind === "sandbox" ? env.SANDBOX_SYNC_SECONDS : env.JOB_SYNC_SECONDS) * 1000;
}

// A job syncs once at a time in this process, whoever asks (the runner or "Sync now").
const inFlight = new Map<string, Promise<SyncOutcome>>();

export function syncJob(jobId: string, options: { clientFor?: ClientFor; now?: () => Date } = {}) {
  const running = inFlight.get(jobId);
  if (running) return running;
  const sync = syncOnce(jobId, options).finally(() => inFlight.delete(jobId));
  inFlight.set(jobId, sync);
  return sync;
}

async function syncOnce(
  jobId: string,
  { clientFor = runnerClient, now = () => new Date() }: { clientFor?: ClientFor; now?: () => Date },
): Promise<SyncOutcome> {
  const job = await db.job.findUnique({ where: { id: jobId }, include: { connection: true } });
  if (!job) return { ok: false, reason: "missing" };
  // The connection was deleted: nobody can ask the provider any more.
  if (!job.connection) return recordFailure(job, { reason: "not_found", retryable: false }, now());
  try {
    const client = clientFor({ ...job.connection, kind: job.connection.kind as ConnectionKind });
    const provider = await client.retrieveJob(job.providerJobId);
    const lastEvent = await db.jobEvent.findFirst({
      where: { jobId },
      orderBy: { seq: "desc" },
      select: { providerEventId: true },
    });
    // Read after the status: once the job is seen finished, the events read next are all of them.
    const events = await client.eventsSince(job.providerJobId, lastEvent?.providerEventId ?? null);
    const hasCheckpoints = provider.status !== "validating_files" && provider.status !== "queued";
    const checkpoints = hasCheckpoints ? await client.checkpoints(job.providerJobId) : [];
    const finished = !isActiveJobStatus(provider.status);
    const wasFinished = !isActiveJobStatus(job.status);
    // A job that just finished gets one more look, in case the provider listed its last events late.
    const nextSyncAt =
      finished && wasFinished ? NEVER : new Date(now().getTime() + syncIntervalMs(job.connection.kind));
    const newEvents = await db.$transaction(async (tx) => {
      await tx.job.update({
        where: { id: jobId },
        data: {
          ...jobFieldsFromProvider(provider),
          syncedAt: now(),
          syncError: null,
          syncFailures: 0,
          nextSyncAt,
        },
      });
      const inserted = await mergeEvents(tx, jobId, events);
      await mergeCheckpoints(tx, jobId, checkpoints);
      if (finished) await announceJobEnd(tx, jobId, now());
      return inserted;
    });
    return { ok: true, status: provider.status, newEvents };
  } catch (error) {
    logger.warn(`Sync of job ${job.id} (${job.providerJobId}) failed`, error);
    return recordFailure(job, { ...classifyProviderError(error), retryAfterMs: retryAfterMsOf(error) }, now());
  }
}

async function recordFailure(
  job: { id: string; syncFailures: number },
  failure: { reason: ProviderFailure; retryable: boolean; retryAfterMs?: number | null },
  now: Date,
): Promise<SyncOutcome> {
  const failures = job.syncFailures + 1;
  const delay = retryDelayMs({ failures, ...failure });
  await db.job.update({
    where: { id: job.id },
    data: { syncError: failure.reason, syncFailures: failures, nextSyncAt: new Date(now.getTime() + delay) },
  });
  return { ok: false, reason: failure.reason };
}
