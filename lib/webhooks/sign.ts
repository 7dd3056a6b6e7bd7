/** Standard Webhooks signing: the secret format, and the three headers every delivery carries. */
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function signedHeaders({
  secret,
  messageId,
  timestamp,
  payload,
}: {
  secret: string;
  messageId: string;
  timestamp: Date;
  payload: string;
}): Record<string, string> {
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(messageId, timestamp, payload),
  };
}
