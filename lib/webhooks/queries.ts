/** A workspace's webhook settings: save, rotate the secret, delete, send a test event, list deliveries. */
import "server-only";
import { z } from "zod";
import { type AuditActor, record } from "@/lib/audit/record";
import { encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { getAppSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { attemptDelivery, type Send } from "./deliver";
import { newMessageId, webhookPayload } from "./enqueue";
import { isWebhookEvent, TEST_EVENT } from "./events";
import { newWebhookSecret } from "./sign";
import type { WebhookView } from "./view";

const RECENT_DELIVERIES = 10;
const eventList = z.array(z.string());

export async function getWebhook(workspaceId: string): Promise<WebhookView | null> {
  const webhook = await db.webhook.findUnique({
    where: { workspaceId },
    include: { deliveries: { orderBy: { createdAt: "desc" }, take: RECENT_DELIVERIES } },
  });
  if (!webhook) return null;
  return {
    url: webhook.url,
    events: eventList.parse(JSON.parse(webhook.events)).filter(isWebhookEvent),
    enabled: webhook.enabled,
    createdAt: webhook.createdAt,
    deliveries: webhook.deliveries.map((delivery) => ({
      id: delivery.id,
      eventType: delivery.eventType,
      status: delivery.status,
      attempts: delivery.attempts,
      lastStatus: delivery.lastStatus,
      lastError: delivery.lastError,
      createdAt: delivery.createdAt,
      deliveredAt: delivery.deliveredAt,
    })),
  };
}

const seal = (secret: string) => encryptSecret(secret, getAppSecret());

/** Creates or updates the webhook. Returns the signing secret when one was made: the only time it is shown. */
/** The audit log names a webhook by its host: a receiver's path or query may carry a token. */
const auditTarget = (webhook: { id: string; url: string }) => ({
  type: "webhook",
  id: webhook.id,
  name: URL.canParse(webhook.url) ? new URL(webhook.url).host : null,
});

/** Creates or updates the webhook. Returns the signing secret when one was made: the only time it is shown. */
export async function saveWebhook({
  actor,
  input,
}: {
  actor: AuditActor;
  input: { url: string; events: string[]; enabled: boolean };
}): Promise<{ secret: string | null }> {
  const workspaceId = actor.workspace.id;
  const fields = { url: input.url, events: JSON.stringify(input.events), enabled: input.enabled };
  const details = { events: input.events, enabled: input.enabled };
  const existing = await db.webhook.findUnique({ where: { workspaceId }, select: { id: true } });
  if (existing) {
    const updated = await db.webhook.update({ where: { id: existing.id }, data: fields });
    await record(actor, "webhook.updated", auditTarget(updated), details);
    return { secret: null };
  }
  const secret = newWebhookSecret();
  const created = await db.webhook.create({ data: { workspaceId, ...fields, secretEncrypted: seal(secret) } });
  await record(actor, "webhook.created", auditTarget(created), details);
  return { secret };
}

async function getWebhookOrThrow(workspaceId: string) {
  const webhook = await db.webhook.findUnique({ where: { workspaceId }, select: { id: true, url: true } });
  if (!webhook) throw new AppError("not_found", "This workspace has no webhook");
  return webhook;
}

export async function rotateWebhookSecret(actor: AuditActor): Promise<{ secret: string }> {
  const webhook = await getWebhookOrThrow(actor.workspace.id);
  const secret = newWebhookSecret();
  await db.webhook.update({ where: { id: webhook.id }, data: { secretEncrypted: seal(secret) } });
  await record(actor, "webhook.secret_rotated", auditTarget(webhook));
  return { secret };
}

export async function deleteWebhook(actor: AuditActor): Promise<void> {
  const webhook = await getWebhookOrThrow(actor.workspace.id);
  await db.webhook.delete({ where: { id: webhook.id } });
  await record(actor, "webhook.deleted", auditTarget(webhook));
}

/** Sends a test event now, once, and says how the receiver answered. */
export async function sendTestEvent(workspaceId: string, { send }: { send?: Send } = {}) {
  const webhook = await db.webhook.findUnique({ where: { workspaceId }, select: { id: true } });
  if (!webhook) throw new AppError("not_found", "This workspace has no webhook");
  const now = new Date();
  const delivery = await db.webhookDelivery.create({
    data: {
      workspaceId,
      webhookId: webhook.id,
      messageId: newMessageId(),
      eventType: TEST_EVENT,
      payload: webhookPayload(TEST_EVENT, { message: "A test event from Finetune Playground" }, now),
      // Not for the background sender: this request sends it.
      nextAttemptAt: new Date("9999-12-31T00:00:00Z"),
    },
  });
  const result = await attemptDelivery(delivery.id, { send, retry: false });
  return result ?? { ok: false as const, status: null, error: "unreachable" as const };
}
