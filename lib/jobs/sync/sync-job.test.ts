import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RETRY_BASE_MS } from "./backoff";
import { importExternalJobs } from "./import";
import { listSyncConnections } from "./queries";
import { syncJob } from "./sync-job";
import { insertJobRow, messageEvent, metricsEvent, seedSyncWorkspace, startFakeProvider } from "./test-provider";

let provider: Awaited<ReturnType<typeof startFakeProvider>>;
let seed: Awaited<ReturnType<typeof seedSyncWorkspace>>;
let counter = 0;
const NOW = new Date(Date.UTC(2026, 10, 26, 8, 0, 0));
const at = (ms: number) => () => new Date(NOW.getTime() + ms);

beforeAll(async () => {
  provider = await startFakeProvider();
  seed = await seedSyncWorkspace(provider.baseUrl);
});
afterAll(() => provider.close());

function newProviderJob(status = "running") {
  counter += 1;
  const id = `ftjob-sync${counter}`;
  return { id, entry: provider.addJob(id, status) };
}

const storedIds = async (jobId: string) =>
  (await db.jobEvent.findMany({ where: { jobId }, orderBy: { seq: "asc" } })).map((event) => event.providerEventId);

// Real SQLite and HTTP on a shared, busy machine: generous time, no timed assertions.
describe("syncJob", { timeout: 30_000 }, () => {
  it("copies the job, its new events, metric points and checkpoints, and schedules the next look", async () => {
    const { id, entry } = newProviderJob();
    entry.events.push(messageEvent(1), metricsEvent(2, 1, 2.5), metricsEvent(3, 2, 2.1));
    entry.checkpoints.push({
      id: "ftckpt-1",
      step_number: 2,
      fine_tuned_model_checkpoint: "ft:gpt-4o-mini-2024-07-18:acme::x:ckpt-step-2",
      created_at: 1_790_000_010,
      metrics: { train_loss: 2.1 },
    });
    const row = await insertJobRow(seed, id);
    expect(await syncJob(row.id, { now: at(0) })).toEqual({ ok: true, status: "running", newEvents: 3 });
    const job = await db.job.findUniqueOrThrow({ where: { id: row.id } });
    expect(job).toMatchObject({ status: "running", seed: 42, syncError: null, syncFailures: 0, eventCount: 3 });
    expect(job.nextSyncAt).toEqual(new Date(NOW.getTime() + 15_000));
    expect(await db.jobMetric.count({ where: { jobId: row.id } })).toBe(2);
    expect(await db.jobCheckpoint.count({ where: { jobId: row.id } })).toBe(1);

    entry.events.push(messageEvent(4));
    expect(await syncJob(row.id, { now: at(15_000) })).toMatchObject({ newEvents: 1 });
    expect(await storedIds(row.id)).toEqual(["ftevent-1", "ftevent-2", "ftevent-3", "ftevent-4"]);
  });

  it("reads only the events after the last stored one, across pages", async () => {
    const { id, entry } = newProviderJob();
    for (let n = 1; n <= 250; n++) entry.events.push(messageEvent(n));
    const row = await insertJobRow(seed, id);
    await syncJob(row.id, { now: at(0) });
    for (let n = 251; n <= 260; n++) entry.events.push(messageEvent(n));
    provider.requests.length = 0;
    await syncJob(row.id, { now: at(1) });
    expect(provider.requests.filter((request) => request.endsWith("/events"))).toHaveLength(1);
    const ids = await storedIds(row.id);
    expect(ids).toEqual(Array.from({ length: 260 }, (_, i) => `ftevent-${i + 1}`));
  });

  it("backs off on rate limits and server errors, honouring Retry-After, and recovers without losing events", async () => {
    const { id, entry } = newProviderJob();
    entry.events.push(messageEvent(1), messageEvent(2));
    const row = await insertJobRow(seed, id);

    provider.faults.push({ status: 429, retryAfter: "20" });
    expect(await syncJob(row.id, { now: at(0) })).toEqual({ ok: false, reason: "rate_limited" });
    let job = await db.job.findUniqueOrThrow({ where: { id: row.id } });
    expect(job).toMatchObject({ syncError: "rate_limited", syncFailures: 1, eventCount: 0 });
    expect(job.nextSyncAt).toEqual(new Date(NOW.getTime() + 20_000));

    // The job object comes, then the event list fails: nothing of this sync is kept.
    entry.job = { ...entry.job, trained_tokens: 1234 };
    provider.faults.push({ status: 500, path: "/events" });
    expect(await syncJob(row.id, { now: at(20_000) })).toEqual({ ok: false, reason: "server_error" });
    job = await db.job.findUniqueOrThrow({ where: { id: row.id } });
    expect(job).toMatchObject({ syncFailures: 2, trainedTokens: null, eventCount: 0 });
    const delay = job.nextSyncAt.getTime() - (NOW.getTime() + 20_000);
    expect(delay).toBeGreaterThanOrEqual(RETRY_BASE_MS);
    expect(delay).toBeLessThanOrEqual(2 * RETRY_BASE_MS);

    expect(await syncJob(row.id, { now: at(30_000) })).toMatchObject({ ok: true, newEvents: 2 });
    job = await db.job.findUniqueOrThrow({ where: { id: row.id } });
    expect(job).toMatchObject({ syncError: null, syncFailures: 0, eventCount: 2 });
  });

  it("keeps the events of earlier syncs when a later one fails part-way, and fetches the rest after", async () => {
    const { id, entry } = newProviderJob();
    entry.events.push(messageEvent(1));
    const row = await insertJobRow(seed, id);
    await syncJob(row.id, { now: at(0) });
    entry.events.push(messageEvent(2), messageEvent(3));
    provider.faults.push({ status: 503, path: "/checkpoints" });
    expect(await syncJob(row.id, { now: at(1) })).toEqual({ ok: false, reason: "server_error" });
    expect(await storedIds(row.id)).toEqual(["ftevent-1"]);
    await syncJob(row.id, { now: at(2) });
    expect(await storedIds(row.id)).toEqual(["ftevent-1", "ftevent-2", "ftevent-3"]);
  });

  it("records a rejected key or a missing job and looks again only much later", async () => {
    const row = await insertJobRow(seed, "ftjob-unknown");
    expect(await syncJob(row.id, { now: at(0) })).toEqual({ ok: false, reason: "not_found" });
    const job = await db.job.findUniqueOrThrow({ where: { id: row.id } });
    expect(job).toMatchObject({ syncError: "not_found", syncFailures: 1 });
    expect(job.nextSyncAt.getTime() - NOW.getTime()).toBe(30 * 60_000);
  });

  it("notifies the starter and queues the webhook exactly once when the job ends, then stops looking", async () => {
    const { id, entry } = newProviderJob();
    entry.events.push(messageEvent(1));
    const webhook = await db.webhook.upsert({
      where: { workspaceId: seed.workspaceId },
      create: {
        workspaceId: seed.workspaceId,
        url: "https://hooks.example.com/ft",
        secretEncrypted: "unused",
        events: JSON.stringify(["job.succeeded", "job.failed"]),
      },
      update: {},
    });
    const row = await insertJobRow(seed, id);
    await syncJob(row.id, { now: at(0) });
    expect(await db.notification.count({ where: { jobId: row.id } })).toBe(0);

    entry.job = { ...entry.job, status: "succeeded", finished_at: 1_790_000_600, fine_tuned_model: "ft:x" };
    entry.events.push(messageEvent(2));
    await Promise.all([syncJob(row.id, { now: at(1_000) }), syncJob(row.id, { now: at(1_000) })]);
    await syncJob(row.id, { now: at(20_000) });
    await syncJob(row.id, { now: at(40_000) });

    const notifications = await db.notification.findMany({ where: { jobId: row.id } });
    expect(notifications).toMatchObject([{ userId: seed.userId, kind: "job.succeeded", readAt: null }]);
    const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: webhook.id } });
    expect(deliveries.filter((delivery) => JSON.parse(delivery.payload).data.job.id === row.id)).toHaveLength(1);
    const job = await db.job.findUniqueOrThrow({ where: { id: row.id } });
    expect(job.status).toBe("succeeded");
    expect(job.nextSyncAt.getUTCFullYear()).toBe(9999);
    expect(await storedIds(row.id)).toEqual(["ftevent-1", "ftevent-2"]);
  });
});

describe("importExternalJobs", { timeout: 30_000 }, () => {
  it("adds jobs started elsewhere once, as external, and leaves the very new ones to the new-job flow", async () => {
    const fresh = newProviderJob("running");
    const old = newProviderJob("succeeded");
    const known = newProviderJob("queued");
    await insertJobRow(seed, known.id);
    fresh.entry.job.created_at = Math.floor(NOW.getTime() / 1000) - 2;
    const [connection] = await listSyncConnections(seed.workspaceId);
    if (!connection) throw new Error("no connection");

    const imported = await importExternalJobs(connection, { now: NOW });
    expect(await importExternalJobs(connection, { now: NOW })).toBe(0);
    const rows = await db.job.findMany({ where: { connectionId: connection.id, external: true } });
    expect(rows.map((row) => row.providerJobId)).toContain(old.id);
    expect(rows.map((row) => row.providerJobId)).not.toContain(fresh.id);
    expect(rows.map((row) => row.providerJobId)).not.toContain(known.id);
    expect(imported).toBe(rows.length);
    const imported1 = rows.find((row) => row.providerJobId === old.id);
    expect(imported1).toMatchObject({ startedById: null, status: "succeeded", connectionName: "Fake OpenAI" });
    // It had ended before the app saw it: nothing to announce.
    expect(imported1?.notifiedAt).not.toBeNull();
  });
});
