import type http from "node:http";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { localServer } from "@/lib/test-server";
import { attemptDelivery, deliverDueWebhooks, MAX_ATTEMPTS, RETRY_DELAYS_MS, type Send } from "./deliver";
import { enqueueWebhookEvent } from "./enqueue";
import { getWebhook, rotateWebhookSecret, saveWebhook, sendTestEvent } from "./queries";

type Received = { url: string; headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answer = 200;

const server = localServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => {
    body += chunk;
  });
  request.on("end", () => {
    received.push({ url: request.url ?? "", headers: request.headers, body });
    if (request.url === "/moved") {
      response.writeHead(307, { location: `${server.origin}/hook` });
      return response.end();
    }
    response.writeHead(answer);
    response.end("ok");
  });
});

async function workspaceWithWebhook(path = "/hook", events = ["job.succeeded"]) {
  const seeded = await seedWorkspace("Hook");
  const actor = actorOf(seeded);
  const { secret } = await saveWebhook({ actor, input: { url: `${server.origin}${path}`, events, enabled: true } });
  if (!secret) throw new Error("a new webhook has a secret");
  return { workspaceId: seeded.workspaceId, actor, secret };
}

/** What the receiver got for the workspace's latest delivery. */
async function receivedFor(workspaceId: string) {
  const delivery = await db.webhookDelivery.findFirstOrThrow({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
  });
  const request = received.find((item) => item.headers["webhook-id"] === delivery.messageId);
  if (!request) throw new Error("nothing received");
  return { delivery, request };
}

const queue = (workspaceId: string, type = "job.succeeded", now = new Date()) =>
  db.$transaction((tx) => enqueueWebhookEvent(tx, { workspaceId, type, data: { job: { id: "job-1" } }, now }));

// Real SQLite and HTTP on a shared, busy machine: generous time, no timed assertions.
describe("webhook deliveries", { timeout: 30_000 }, () => {
  it("are signed so the Standard Webhooks package verifies them with the secret shown once", async () => {
    const { workspaceId, secret } = await workspaceWithWebhook();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await queue(workspaceId);
    answer = 204;
    expect(await deliverDueWebhooks()).toBe(1);
    const { delivery, request } = await receivedFor(workspaceId);
    const verified = new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
    expect(verified).toMatchObject({ type: "job.succeeded", data: { job: { id: "job-1" } } });
    expect(() =>
      new Webhook(`whsec_${Buffer.from("another secret").toString("base64")}`).verify(
        request.body,
        request.headers as Record<string, string>,
      ),
    ).toThrow();
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastStatus: 204 });
    expect(await deliverDueWebhooks()).toBe(0);
  });

  it("are queued only for subscribed events of an enabled webhook", async () => {
    const { workspaceId, actor } = await workspaceWithWebhook("/hook", ["job.failed"]);
    expect(await queue(workspaceId, "job.succeeded")).toBe(0);
    expect(await queue(workspaceId, "job.failed")).toBe(1);
    await saveWebhook({ actor, input: { url: `${server.origin}/hook`, events: ["job.failed"], enabled: false } });
    expect(await queue(workspaceId, "job.failed")).toBe(0);
  });

  it("are retried with growing waits and the same message id, and given up after the last attempt", async () => {
    const { workspaceId } = await workspaceWithWebhook();
    const start = new Date(Date.UTC(2026, 10, 26, 8, 0, 0));
    await queue(workspaceId, "job.succeeded", start);
    const [queued] = await db.webhookDelivery.findMany({ where: { workspaceId } });
    if (!queued) throw new Error("not queued");
    const seen: string[] = [];
    const failing: Send = async ({ headers }) => {
      seen.push(headers["webhook-id"] ?? "");
      return { ok: false, status: 500, error: "rejected" };
    };
    let at = start.getTime();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await attemptDelivery(queued.id, { send: failing, now: () => new Date(at) });
      const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: queued.id } });
      expect(row.attempts).toBe(attempt);
      if (row.status === "failed") break;
      waits.push(row.nextAttemptAt.getTime() - at);
      at = row.nextAttemptAt.getTime();
    }
    expect(waits).toEqual([...RETRY_DELAYS_MS]);
    expect(seen).toEqual(Array(MAX_ATTEMPTS).fill(queued.messageId));
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "failed",
      lastStatus: 500,
      lastError: "rejected",
    });
    expect(await attemptDelivery(queued.id, { send: failing })).toBeNull();
  });

  it("do not follow redirects", async () => {
    const { workspaceId } = await workspaceWithWebhook("/moved");
    expect(await sendTestEvent(workspaceId)).toEqual({ ok: false, status: 307, error: "redirect" });
    const [delivery] = await db.webhookDelivery.findMany({ where: { workspaceId } });
    const requests = received.filter((request) => request.headers["webhook-id"] === delivery?.messageId);
    expect(requests.map((request) => request.url)).toEqual(["/moved"]);
    const webhook = await getWebhook(workspaceId);
    expect(webhook?.deliveries).toMatchObject([{ eventType: "webhook.test", status: "failed", lastError: "redirect" }]);
  });

  it("are not sent to cloud metadata, even when such an address was stored", async () => {
    const seeded = await seedWorkspace("Metadata hook");
    const { workspaceId } = seeded;
    await saveWebhook({
      actor: actorOf(seeded),
      input: { url: "https://169.254.169.254/latest/meta-data/", events: ["job.succeeded"], enabled: true },
    });
    expect(await sendTestEvent(workspaceId)).toEqual({ ok: false, status: null, error: "blocked" });
  });

  it("are not sent to this machine where private networks are denied", async () => {
    const { workspaceId } = await workspaceWithWebhook();
    process.env.PRIVATE_NETWORK_PROVIDERS = "deny";
    resetEnvCache();
    try {
      const before = received.length;
      expect(await sendTestEvent(workspaceId)).toEqual({ ok: false, status: null, error: "blocked" });
      expect(received.length).toBe(before);
    } finally {
      delete process.env.PRIVATE_NETWORK_PROVIDERS;
      resetEnvCache();
    }
  });

  it("use the new secret after a rotation", async () => {
    const { workspaceId, actor, secret } = await workspaceWithWebhook();
    const rotated = await rotateWebhookSecret(actor);
    expect(rotated.secret).not.toBe(secret);
    answer = 200;
    expect(await sendTestEvent(workspaceId)).toEqual({ ok: true, status: 200 });
    const { request } = await receivedFor(workspaceId);
    const headers = request.headers as Record<string, string>;
    expect(new Webhook(rotated.secret).verify(request.body, headers)).toMatchObject({ type: "webhook.test" });
    expect(() => new Webhook(secret).verify(request.body, headers)).toThrow();
  });
});
