/** Queues a message for the workspace's webhook, when it is enabled and subscribed to the event. */
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

const eventList = z.array(z.string());

/** The Standard Webhooks body: `{ type, timestamp, data }`. */
export function webhookPayload(type: string, data: object, timestamp: Date): string {
  return JSON.stringify({ type, timestamp: timestamp.toISOString(), data });
}

export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll("-", "")}`;
}

export async function enqueueWebhookEvent(
  tx: Prisma.TransactionClient,
  { workspaceId, type, data, now }: { workspaceId: string; type: string; data: object; now: Date },
): Promise<number> {
  const webhook = await tx.webhook.findUnique({
    where: { workspaceId },
    select: { id: true, enabled: true, events: true },
  });
  if (!webhook?.enabled || !eventList.parse(JSON.parse(webhook.events)).includes(type)) return 0;
  await tx.webhookDelivery.create({
    data: {
      workspaceId,
      webhookId: webhook.id,
      messageId: newMessageId(),
      eventType: type,
      payload: webhookPayload(type, data, now),
      nextAttemptAt: now,
    },
  });
  return 1;
}
