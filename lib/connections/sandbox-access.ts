/** What an engineer needs to call a Sandbox connection with the SDK: its base URL and token. */
import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import { decryptSecret } from "@/lib/crypto";
import { getAppSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sandboxBaseUrl } from "@/lib/providers/client";
import { getConnectionOrThrow } from "./queries";

export async function revealSandboxAccess({ actor, connectionId }: { actor: AuditActor; connectionId: string }) {
  const connection = await getConnectionOrThrow({ connectionId, workspaceId: actor.workspace.id });
  // Only the Sandbox's own token is ever shown: provider keys never go back to the browser.
  if (connection.kind !== "sandbox" || !connection.apiKeyEncrypted) {
    throw new AppError("forbidden", "Only a Sandbox connection's token can be shown");
  }
  await record(actor, "connection.sandbox_token_revealed", {
    type: "connection",
    id: connection.id,
    name: connection.name,
  });
  return {
    baseUrl: sandboxBaseUrl(),
    token: decryptSecret(connection.apiKeyEncrypted, getAppSecret()),
  };
}
