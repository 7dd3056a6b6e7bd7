/** What the settings page shows of a workspace's webhook; never its secret. */
import type { WebhookEvent } from "./events";

export type WebhookDeliveryView = {
  id: string;
  eventType: string;
  /** pending | delivered | failed */
  status: string;
  attempts: number;
  lastStatus: number | null;
  /** timeout | unreachable | redirect | rejected | blocked */
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
};

export type WebhookView = {
  url: string;
  events: WebhookEvent[];
  enabled: boolean;
  createdAt: Date;
  deliveries: WebhookDeliveryView[];
};

/** How the receiver answered one attempt. */
export type SendResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: "timeout" | "unreachable" | "redirect" | "rejected" | "blocked" };
