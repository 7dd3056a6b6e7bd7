/** Sends queued webhook deliveries: signed, without following redirects, with a timeout and a few retries. */
import "server-only";
import { decryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { getAppSecret } from "@/lib/env";
import { getPrivateNetworkPolicy } from "@/lib/installation/queries";
import { logger } from "@/lib/logger";
import { findOutboundBlock } from "@/lib/outbound/check";
import { createGuardedFetch } from "@/lib/outbound/fetch";
import { isAllowedWebhookUrl } from "./schema";
import { signedHeaders } from "./sign";
import type { SendResult } from "./view";

export const MAX_ATTEMPTS = 5;
/** The wait after the 1st, 2nd, 3rd and 4th failed attempt. */
export const RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000] as const;
const TIMEOUT_MS = 10_000;
const guardedFetch = createGuardedFetch({ policy: getPrivateNetworkPolicy });

export type Send = (request: { url: string; body: string; headers: Record<string, string> }) => Promise<SendResult>;

/**
 * One POST through the outbound guard, which refuses forbidden addresses. A redirect is a failure: the receiver's
 * address is the one a person entered, never one it points to.
 */
const postWebhook: Send = async ({ url, body, headers }) => {
  if (!isAllowedWebhookUrl(url)) return { ok: false, status: null, error: "blocked" };
  try {
    const response = await guardedFetch(url, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "user-agent": "finetune-playground-webhooks", ...headers },
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    const redirect = response.status >= 300 && response.status < 400;
    return { ok: false, status: response.status, error: redirect ? "redirect" : "rejected" };
  } catch (error) {
    if (findOutboundBlock(error)) return { ok: false, status: null, error: "blocked" };
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    return { ok: false, status: null, error: timedOut ? "timeout" : "unreachable" };
  }
};

/**
 * Makes one attempt at a delivery and records it. `retry: false` (the settings' test event) makes the
 * first failure final.
 */
export async function attemptDelivery(
  deliveryId: string,
  { send = postWebhook, now = () => new Date(), retry = true }: { send?: Send; now?: () => Date; retry?: boolean } = {},
): Promise<SendResult | null> {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: true } });
  if (delivery?.status !== "pending") return null;
  const sentAt = now();
  const headers = signedHeaders({
    secret: decryptSecret(delivery.webhook.secretEncrypted, getAppSecret()),
    messageId: delivery.messageId,
    timestamp: sentAt,
    payload: delivery.payload,
  });
  const result = await send({ url: delivery.webhook.url, body: delivery.payload, headers });
  const attempts = delivery.attempts + 1;
  const retryDelay = retry ? RETRY_DELAYS_MS[attempts - 1] : undefined;
  await db.webhookDelivery.update({
    where: { id: deliveryId },
    data: result.ok
      ? { status: "delivered", attempts, lastStatus: result.status, lastError: null, deliveredAt: now() }
      : {
          status: retryDelay === undefined || attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          attempts,
          lastStatus: result.status,
          lastError: result.error,
          nextAttemptAt: new Date(sentAt.getTime() + (retryDelay ?? 0)),
        },
  });
  if (!result.ok) {
    logger.warn(
      `Webhook delivery ${delivery.messageId} attempt ${attempts} failed: ${result.error} ${result.status ?? ""}`,
    );
  }
  return result;
}

/** Sends every pending delivery whose time has come (a few at a time); returns how many were tried. */
export async function deliverDueWebhooks({
  now = () => new Date(),
  limit = 10,
  send = postWebhook,
}: {
  now?: () => Date;
  limit?: number;
  send?: Send;
} = {}): Promise<number> {
  const due = await db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now() } },
    orderBy: { nextAttemptAt: "asc" },
    select: { id: true },
    take: limit,
  });
  await Promise.all(due.map((delivery) => attemptDelivery(delivery.id, { send, now })));
  return due.length;
}
