/** The events a workspace's webhook can subscribe to, and the test event "Send test event" sends. */
export const WEBHOOK_EVENTS = ["job.succeeded", "job.failed", "job.cancelled"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export const TEST_EVENT = "webhook.test";

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}
