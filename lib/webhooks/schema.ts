import { z } from "zod";
import { isLoopbackHost, refineOutboundUrl } from "@/lib/outbound/check";
import { WEBHOOK_EVENTS } from "./events";

/**
 * The shape of a webhook address: https, plain http only to this machine (for a receiver under development), and no
 * credentials in the URL (they would show in the settings). Which addresses may be called is the outbound guard's
 * rule, checked on save and at every delivery.
 */
export function isAllowedWebhookUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.username || url.password) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
}

export const saveWebhookSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .refine(isAllowedWebhookUrl, "invalidWebhookUrl")
    .superRefine(refineOutboundUrl("invalidWebhookUrl")),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .refine((events) => events.length > 0, "pickWebhookEvent")
    .transform((events) => [...new Set(events)]),
  enabled: z.boolean(),
});

export const noInputSchema = z.object({});
