/** A workspace's webhook settings: save, rotate the secret, delete, send a test event, list deliveries. */
import "server-only";
import { z } from "zod";
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
export async function saveWebhook({
  workspaceId,
  input,
}: {
  workspaceId: string;
  input: { url: string; events: string[]; enabled: boolean };
}): Promise<{ secret: string | null }> {
  const fields = { url: input.url, events: JSON.stringify(input.events), enabled: input.enabled };
  const existing = await db.webhook.findUnique({ where: { workspaceId }, select: { id: true } });
  if (existing) {
    await db.webhook.update({ where: { id: existing.id }, data: fields });
    return { secret: null };
  }
  const secret = newWebhookSecret();
  await db.webhook.create({ data: { workspaceId, ...fields, secretEncrypted: seal(secret) } });
  return { secret };
}

export async function rotateWebhookSecret(workspaceId: string): Promise<{ secret: string }> {
  const secret = newWebhookSecret();
  const { count } = await db.webhook.updateMany({ where: { workspaceId }, data: { secretEncrypted: seal(secret) } });
  if (count === 0) throw new AppError("not_found", "This workspace has no webhook");
  return { secret };
}

export async function deleteWebhook(workspaceId: string): Promise<void> {
  const { count } = await db.webhook.deleteMany({ where: { workspaceId } });
  if (count === 0) throw new AppError("not_found", "This workspace has no webhook");
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
