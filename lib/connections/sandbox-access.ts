/** What an engineer needs to call a Sandbox connection with the SDK: its base URL and token. */
import "server-only";
import { decryptSecret } from "@/lib/crypto";
import { getAppSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sandboxBaseUrl } from "@/lib/providers/client";
import { getConnectionOrThrow } from "./queries";

export async function revealSandboxAccess(options: { connectionId: string; workspaceId: string }) {
  const connection = await getConnectionOrThrow(options);
  // Only the Sandbox's own token is ever shown: provider keys never go back to the browser.
  if (connection.kind !== "sandbox" || !connection.apiKeyEncrypted) {
    throw new AppError("forbidden", "Only a Sandbox connection's token can be shown");
  }
  return {
    baseUrl: sandboxBaseUrl(),
    token: decryptSecret(connection.apiKeyEncrypted, getAppSecret()),
  };
}
