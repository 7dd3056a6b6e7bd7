/**
 * The addresses an archive brings that the server will call later: a connection's base URL or endpoint, and the
 * webhook's URL. They pass the checks typed ones pass (the connection and webhook forms' field schemas); this is
 * the one place an import checks them.
 */
import { connectionUrlSchema } from "@/lib/connections/schema";
import { saveWebhookSchema } from "@/lib/webhooks/schema";

export const importedConnectionUrl = connectionUrlSchema.nullable();
export const importedWebhookUrl = saveWebhookSchema.shape.url;
