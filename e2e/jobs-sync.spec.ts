import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import OpenAI from "openai";
import { Webhook } from "standardwebhooks";
import { startServer } from "../scripts/bench/server";
import { advanceSandboxJobs, openDatabase, seedSandboxConnection } from "../scripts/test/seed-sandbox";
import {
  findJob,
  insertStartedJob,
  membershipOf,
  moveConnection,
  type StoredJob,
  sealSandboxToken,
  setSandboxFaults,
  storedEventIds,
} from "../scripts/test/seed-sync";
import { newUser, signUp } from "./fixtures";
import { sandboxClient } from "./sandbox/fixtures";
import { startT1000Job, waitForJob } from "./sandbox/helpers";

const RESTART_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const E2E_DATABASE = path.resolve(import.meta.dirname, "../.e2e-data/app.db");

async function providerEvents(client: OpenAI, jobId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of client.fineTuning.jobs.listEvents(jobId, { limit: 50 })) ids.push(event.id);
  return ids.reverse();
}

const fullySynced = (job: StoredJob | undefined) => job?.status === "succeeded" && job.nextSyncAt.startsWith("9999");

test("a job started elsewhere is imported and synced through faults and a restart: every event once, in order", async () => {
  // Starts a server of its own twice and follows a 45-second job to its end through injected faults.
  test.setTimeout(300_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-jobs-sync-"));
  let server = await startServer({ port: RESTART_PORT, dataDir });
  const db = openDatabase(path.join(dataDir, "app.db"));
  try {
    const { token, connectionId, workspaceId } = seedSandboxConnection(db, { jobSeconds: 45 });
    sealSandboxToken(db, { connectionId, token, dataDir });
    const client = new OpenAI({ apiKey: token, baseURL: `${server.url}/api/sandbox/v1`, maxRetries: 0 });
    // Started with the SDK, as from a notebook: the app only learns of it by listing the account's jobs.
    const created = await startT1000Job(client);

    await expect
      .poll(() => findJob(db, connectionId, created.id), { timeout: 40_000 })
      .toMatchObject({
        external: 1,
        startedById: null,
      });
    const jobId = findJob(db, connectionId, created.id)?.id ?? "";

    setSandboxFaults(db, connectionId, { failureRate: 0.2, failureStatus: 429, latencyMs: 250 });
    const errorsSeen = new Set<string>();
    const watch = () => {
      const job = findJob(db, connectionId, created.id);
      if (job?.syncError) errorsSeen.add(job.syncError);
      return job;
    };
    await expect.poll(() => watch()?.eventCount ?? 0, { timeout: 60_000, intervals: [200] }).toBeGreaterThan(15);
    expect(watch()?.status).toBe("running");

    await server.stop();
    // After the restart every call fails until the runner has met a failure, then none: the runner goes through a
    // fault for certain, and the job's end is synced on its next try, not after a back-off that random faults stretch.
    setSandboxFaults(db, connectionId, { failureRate: 1, failureStatus: 500, latencyMs: 250 });
    // The job goes on while the server is down.
    advanceSandboxJobs(db, { workspaceId, seconds: 5 });
    server = await startServer({ port: RESTART_PORT, dataDir });
    const metFailure = () => {
      watch();
      return errorsSeen.has("server_error");
    };
    await expect.poll(metFailure, { timeout: 60_000, intervals: [200] }).toBe(true);
    setSandboxFaults(db, connectionId, { failureRate: 0 });
    await expect.poll(() => fullySynced(watch()), { timeout: 120_000, intervals: [250] }).toBe(true);
    expect([...errorsSeen]).toContain("server_error");

    await waitForJob(client, created.id, ["succeeded"]);
    const expected = await providerEvents(client, created.id);
    const stored = storedEventIds(db, jobId);
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored).toEqual(expected);
    const steps = db.prepare(`SELECT COUNT(*) AS n FROM "job_metric" WHERE "jobId" = ?`).get(jobId) as { n: number };
    expect(steps.n).toBe(100);
  } finally {
    db.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

type Received = { headers: Record<string, string>; body: string };

async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers as Record<string, string>, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("the starter gets an in-app and a browser notification, and the webhook a signed job.succeeded", async ({
  page,
  browser,
}) => {
  // Two accounts, a webhook, and a Sandbox job synced until it succeeds.
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  // The browser's Notification API, granted and recorded.
  await page.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { shownNotifications: shown });
    class RecordedNotification {
      static permission = "granted";
      static requestPermission = async () => "granted";
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push(`${title}: ${options?.body ?? ""}`);
      }
    }
    Object.assign(window, { Notification: RecordedNotification });
  });
  try {
    const user = newUser("Nora Starter");
    await signUp(page, user);

    await test.step("an owner adds the webhook, sees the secret once and sends a test event", async () => {
      await page.goto("/settings");
      await page.getByLabel("Endpoint URL").fill("http://example.com/hook");
      await page.getByRole("button", { name: "Add webhook" }).click();
      await expect(page.getByText("Enter an https address (plain http only to localhost).")).toBeVisible();
      await page.getByLabel("Endpoint URL").fill(receiver.url);
      await page.getByRole("button", { name: "Add webhook" }).click();
      await expect(page.getByTestId("webhook-secret")).toHaveText(/^whsec_/);
      await page.getByRole("button", { name: "Send test event" }).click();
      await expect(page.getByText("The test event arrived (HTTP 204).")).toBeVisible();
    });
    const secret = (await page.getByTestId("webhook-secret").textContent()) ?? "";
    const test1 = receiver.received.at(-1);
    expect(new Webhook(secret).verify(test1?.body ?? "", test1?.headers ?? {})).toMatchObject({ type: "webhook.test" });
    await page.getByRole("button", { name: "I have saved it" }).click();
    await page.reload();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
    await expect(page.getByTestId("webhook-deliveries")).toContainText("Delivered");

    const db = openDatabase(E2E_DATABASE);
    const { workspaceId, userId } = membershipOf(db, user.email);
    const { token, connectionId } = seedSandboxConnection(db, { jobSeconds: 5 });
    moveConnection(db, connectionId, workspaceId);
    sealSandboxToken(db, { connectionId, token, dataDir: path.dirname(E2E_DATABASE) });
    const client = sandboxClient(token);
    const created = await startT1000Job(client);
    const jobId = insertStartedJob(db, {
      workspaceId,
      connectionId,
      userId,
      providerJobId: created.id,
      trainingFileId: created.training_file,
    });

    await expect.poll(() => receiver.received.length, { timeout: 60_000 }).toBe(2);
    const delivery = receiver.received[1];
    const message = new Webhook(secret).verify(delivery?.body ?? "", delivery?.headers ?? {});
    expect(message).toMatchObject({
      type: "job.succeeded",
      data: { job: { id: jobId, providerJobId: created.id, status: "succeeded", external: false } },
    });
    const fineTuned = (message as { data: { job: { fineTunedModel: string } } }).data.job.fineTunedModel;
    expect(fineTuned).toMatch(/^ft:gpt-4o-mini-2024-07-18:sandbox:t1000:/);

    await test.step("the bell counts it, the browser showed it, and opening it marks it read", async () => {
      const bell = page.getByRole("button", { name: "Notifications, 1 unread" });
      await expect(bell).toBeVisible({ timeout: 20_000 });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications))
        .toEqual([`Finetune Playground: Job ${fineTuned} succeeded`]);
      await bell.click();
      const link = page.getByRole("link", { name: new RegExp(`Job ${fineTuned} succeeded`) });
      await link.click();
      await expect(page).toHaveURL(`/jobs/${jobId}`);
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
    });

    await test.step("another workspace sees none of it", async () => {
      const context = await browser.newContext();
      const other = await context.newPage();
      await signUp(other, newUser("Otto Other"));
      const response = await other.request.get("/api/notifications");
      expect(await response.json()).toEqual({ items: [], unread: 0 });
      await context.close();
    });
    db.close();
  } finally {
    await receiver.close();
  }
});
