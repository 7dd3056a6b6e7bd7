import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { syncWorkspaceNow } from "./sync-now";
import { insertJobRow, messageEvent, seedSyncWorkspace, startFakeProvider } from "./test-provider";

let provider: Awaited<ReturnType<typeof startFakeProvider>>;

beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());

// Real SQLite and HTTP on a shared, busy machine: generous time, no timed assertions.
describe("syncWorkspaceNow", { timeout: 30_000 }, () => {
  it("imports the workspace's unknown jobs and syncs its live ones, leaving other workspaces alone", async () => {
    const seed = await seedSyncWorkspace(provider.baseUrl);
    const other = await seedSyncWorkspace(provider.baseUrl);
    provider.addJob("ftjob-ours", "running").events.push(messageEvent(1), messageEvent(2));
    provider.addJob("ftjob-notebook", "succeeded").events.push(messageEvent(3));
    const ours = await insertJobRow(seed, "ftjob-ours");
    const theirs = await insertJobRow(other, "ftjob-ours");
    await db.job.update({ where: { id: ours.id }, data: { nextSyncAt: new Date(Date.now() + 3_600_000) } });

    expect(await syncWorkspaceNow(seed.workspaceId)).toEqual({ imported: 1, synced: 2, failed: 0 });
    expect(await db.job.findUniqueOrThrow({ where: { id: ours.id } })).toMatchObject({
      status: "running",
      eventCount: 2,
    });
    const imported = await db.job.findFirstOrThrow({
      where: { workspaceId: seed.workspaceId, providerJobId: "ftjob-notebook" },
    });
    expect(imported).toMatchObject({ external: true, status: "succeeded", eventCount: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      eventCount: 0,
      syncedAt: null,
    });
  });

  it("counts a provider that cannot be reached as a failure instead of throwing", async () => {
    const seed = await seedSyncWorkspace(provider.baseUrl);
    provider.faults.push({ status: 503 });
    expect(await syncWorkspaceNow(seed.workspaceId)).toEqual({ imported: 0, synced: 0, failed: 1 });
  });
});
