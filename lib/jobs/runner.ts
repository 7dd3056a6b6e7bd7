/**
 * The background job runner, started with the server: while this process holds the database lease it syncs
 * due jobs, imports jobs started elsewhere, sends webhooks and does the chores the server hands it (such as clearing
 * expired Sandbox uploads). Everything it needs is in the database, so a restarted or another server picks up
 * where it stopped.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { getEnv } from "@/lib/env";
import { acquireLease, releaseLease } from "@/lib/lease";
import { logger } from "@/lib/logger";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { importExternalJobs } from "./sync/import";
import { listDueJobIds, listSyncConnections } from "./sync/queries";
import { syncJob } from "./sync/sync-job";
import { inParallel } from "./sync/sync-now";

const LEASE_NAME = "job-runner";
const LEASE_TTL_MS = 20_000;
const TICK_MS = 1_000;
const PARALLEL_SYNCS = 3;
const JOBS_PER_TICK = 12;
/** The Sandbox is local and cheap to ask: jobs started with its SDK show up within seconds. */
const SANDBOX_IMPORT_MS = 5_000;
/** Periodic work the leader does besides syncing, every `everyMs` (the first time at its first tick). */
type Chore = { name: string; everyMs: number; run: () => Promise<unknown> };

type Runner = { stop: () => Promise<void> };

const globalForRunner = globalThis as unknown as { jobRunner?: Runner };

async function guarded(what: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    logger.error(`Job runner: ${what} failed`, error);
  }
}

function createRunner(chores: Chore[]): Runner {
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const nextImportAt = new Map<string, number>();
  const nextChoreAt = new Map<string, number>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function importDue(now: number) {
    const importMs = getEnv().JOB_IMPORT_SECONDS * 1000;
    // Without a key nothing can be asked (every Sandbox connection made in the app has its token).
    const due = (await listSyncConnections()).filter(
      (connection) => connection.apiKeyEncrypted && (nextImportAt.get(connection.id) ?? 0) <= now,
    );
    await inParallel(due, PARALLEL_SYNCS, async (connection) => {
      nextImportAt.set(
        connection.id,
        now + (connection.kind === "sandbox" ? Math.min(importMs, SANDBOX_IMPORT_MS) : importMs),
      );
      try {
        const imported = await importExternalJobs(connection);
        if (imported)
          logger.info(`Imported ${imported} job(s) started outside the app from connection ${connection.id}`);
      } catch (error) {
        logger.warn(`Import of jobs from connection ${connection.id} failed`, error);
      }
    });
  }

  async function tick() {
    let leader = false;
    await guarded("the lease", async () => {
      leader = await acquireLease({ name: LEASE_NAME, holder, ttlMs: LEASE_TTL_MS });
    });
    if (!leader || stopped) return;
    await guarded("syncing jobs", async () => {
      const jobIds = await listDueJobIds({ now: new Date(), limit: JOBS_PER_TICK });
      await inParallel(jobIds, PARALLEL_SYNCS, async (jobId) => {
        await syncJob(jobId);
      });
    });
    await guarded("importing jobs", () => importDue(Date.now()));
    await guarded("sending webhooks", () => deliverDueWebhooks());
    for (const chore of chores) {
      if (Date.now() < (nextChoreAt.get(chore.name) ?? 0)) continue;
      nextChoreAt.set(chore.name, Date.now() + chore.everyMs);
      await guarded(chore.name, chore.run);
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      void tick().finally(schedule);
    }, TICK_MS);
    timer.unref();
  }

  schedule();
  logger.info(`Job runner started as ${holder}`);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // Released at once, not after the tick in flight: the process may exit any moment now, and the next
      // server should not wait for the lease to expire. What the tick still writes is an idempotent merge.
      await guarded("releasing the lease", () => releaseLease({ name: LEASE_NAME, holder }));
    },
  };
}

/** Starts the runner once per process (unless JOB_RUNNER=off), and hands the lease back when the process stops. */
export function startJobRunner({ chores = [] }: { chores?: Chore[] } = {}): void {
  if (getEnv().JOB_RUNNER === "off" || globalForRunner.jobRunner) return;
  const runner = createRunner(chores);
  globalForRunner.jobRunner = runner;
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void runner.stop());
}
