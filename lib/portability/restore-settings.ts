/** The workspace's connections (without keys), prices and webhook (disabled, with a new secret). */
import "server-only";
import { encryptSecret } from "@/lib/crypto";
import { getAppSecret } from "@/lib/env";
import { newWebhookSecret } from "@/lib/webhooks/sign";
import type { RestoreContext } from "./context";
import { paths } from "./format";
import { connectionsSchema, pricesSchema, webhookSchema } from "./schemas";

/** Connections come without keys; the Sandbox ones become this workspace's own Sandbox. Archive id → new id. */
export async function restoreConnections({ tx, workspaceId, archive }: RestoreContext): Promise<Map<string, string>> {
  const rows = await archive.json(paths.connections, connectionsSchema);
  const sandbox = await tx.connection.findFirst({ where: { workspaceId, kind: "sandbox" }, select: { id: true } });
  const ids = new Map<string, string>();
  for (const row of rows) {
    if (row.kind === "sandbox") {
      if (sandbox) ids.set(row.id, sandbox.id);
      continue;
    }
    const created = await tx.connection.create({
      data: {
        workspaceId,
        kind: row.kind,
        name: row.name,
        baseUrl: row.baseUrl,
        organization: row.organization,
        project: row.project,
        endpoint: row.endpoint,
        apiVersion: row.apiVersion,
      },
      select: { id: true },
    });
    ids.set(row.id, created.id);
  }
  return ids;
}

/** Prices replace this workspace's; the webhook comes disabled, with a new secret, since secrets never travel. */
export async function restoreSettings({ tx, workspaceId, archive }: RestoreContext): Promise<void> {
  for (const price of await archive.json(paths.prices, pricesSchema)) {
    const values = {
      training: price.training,
      input: price.input,
      cachedInput: price.cachedInput,
      output: price.output,
    };
    await tx.modelPrice.upsert({
      where: { workspaceId_model: { workspaceId, model: price.model } },
      create: { workspaceId, model: price.model, ...values },
      update: values,
    });
  }
  const webhook = await archive.json(paths.webhook, webhookSchema);
  if (webhook && !(await tx.webhook.findUnique({ where: { workspaceId } }))) {
    await tx.webhook.create({
      data: {
        workspaceId,
        url: webhook.url,
        events: webhook.events,
        enabled: false,
        secretEncrypted: encryptSecret(newWebhookSecret(), getAppSecret()),
      },
    });
  }
}
