import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { insertJobRow, seedSyncWorkspace } from "@/lib/jobs/sync/test-provider";
import { announceJobEnd } from "./job-end";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "./queries";

let seed: Awaited<ReturnType<typeof seedSyncWorkspace>>;
let other: Awaited<ReturnType<typeof seedSyncWorkspace>>;
let jobs = 0;
const NOW = new Date(Date.UTC(2026, 10, 26, 8, 0, 0));

beforeAll(async () => {
  seed = await seedSyncWorkspace("http://127.0.0.1:9/v1");
  other = await seedSyncWorkspace("http://127.0.0.1:9/v1");
});

async function endedJob(status: string, extra: { startedById?: string | null } = {}) {
  jobs += 1;
  const row = await insertJobRow(seed, `ftjob-n${jobs}`, status);
  if ("startedById" in extra) await db.job.update({ where: { id: row.id }, data: { startedById: extra.startedById } });
  return row;
}

const announce = (jobId: string) => db.$transaction((tx) => announceJobEnd(tx, jobId, NOW));
const mine = () => ({ userId: seed.userId, workspaceId: seed.workspaceId });

// Real SQLite and HTTP on a shared, busy machine: generous time, no timed assertions.
describe("announceJobEnd", { timeout: 30_000 }, () => {
  it("notifies the starter exactly once, however often and however concurrently it is called", async () => {
    const job = await endedJob("succeeded");
    const results = await Promise.all([announce(job.id), announce(job.id), announce(job.id)]);
    expect(await announce(job.id)).toBe(false);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.notification.findMany({ where: { jobId: job.id } })).toMatchObject([
      { userId: seed.userId, kind: "job.succeeded", readAt: null },
    ]);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).notifiedAt).toEqual(NOW);
  });

  it("says nothing about a job that is still running", async () => {
    const job = await endedJob("running");
    expect(await announce(job.id)).toBe(false);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).notifiedAt).toBeNull();
  });

  it("leaves no in-app notification for a job started outside the app", async () => {
    const job = await endedJob("failed", { startedById: null });
    expect(await announce(job.id)).toBe(true);
    expect(await db.notification.count({ where: { jobId: job.id } })).toBe(0);
  });
});

describe("notification list", { timeout: 30_000 }, () => {
  it("lists the caller's notifications newest first, counts the unread and marks them read", async () => {
    await db.notification.deleteMany({ where: { userId: seed.userId } });
    const failed = await endedJob("failed");
    await announce(failed.id);
    const cancelled = await endedJob("cancelled");
    await db.$transaction((tx) => announceJobEnd(tx, cancelled.id, new Date(NOW.getTime() + 1000)));

    const list = await listNotifications(mine());
    expect(list.unread).toBe(2);
    expect(list.items.map((item) => [item.kind, item.jobLabel])).toEqual([
      ["job.cancelled", cancelled.providerJobId],
      ["job.failed", failed.providerJobId],
    ]);

    const [first] = list.items;
    if (!first) throw new Error("no notification");
    await markNotificationRead({ ...mine(), notificationId: first.id });
    expect((await listNotifications(mine())).unread).toBe(1);
    expect(await markAllNotificationsRead(mine())).toBe(1);
    expect((await listNotifications(mine())).unread).toBe(0);
  });

  it("keeps other people's notifications out of reach", async () => {
    const job = await endedJob("succeeded");
    await announce(job.id);
    const [notification] = await db.notification.findMany({ where: { jobId: job.id } });
    if (!notification) throw new Error("no notification");
    const stranger = { userId: other.userId, workspaceId: other.workspaceId };
    expect((await listNotifications(stranger)).items).toEqual([]);
    await expect(markNotificationRead({ ...stranger, notificationId: notification.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await markAllNotificationsRead(stranger)).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();
  });
});
