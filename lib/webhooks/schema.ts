import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Where the app may send a workspace's events: any https address, plain http only to this machine (for a
 * receiver under development). No credentials in the URL: they would show in the settings.
 */
export function isAllowedWebhookUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
}

export const saveWebhookSchema = z.object({
  url: z.string().trim().min(1).max(2000).refine(isAllowedWebhookUrl, "invalidWebhookUrl"),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .refine((events) => events.length > 0, "pickWebhookEvent")
    .transform((events) => [...new Set(events)]),
  enabled: z.boolean(),
});

export const noInputSchema = z.object({});
