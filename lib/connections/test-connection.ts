/** "Test connection": list the provider's models through the SDK and say plainly what happened. */
import "server-only";
import { logger } from "@/lib/logger";
import { createProviderClient } from "@/lib/providers/client";
import { classifyProviderError } from "@/lib/providers/errors";
import { getConnectionOrThrow, recordConnectionTest } from "./queries";
import type { ConnectionTestResult } from "./test-result";

export async function testConnection(options: {
  connectionId: string;
  workspaceId: string;
}): Promise<ConnectionTestResult> {
  const connection = await getConnectionOrThrow(options);
  // One quick attempt: a person is waiting, and a retry would only hide the reason.
  const client = createProviderClient(connection, { timeoutMs: 15_000, maxRetries: 0 });
  let result: ConnectionTestResult;
  try {
    const page = await client.models.list();
    result = { ok: true, modelCount: page.data.length };
  } catch (error) {
    const { reason, status } = classifyProviderError(error);
    logger.warn(`Connection test failed for ${connection.kind} connection ${connection.id}: ${reason}`, error);
    result = { ok: false, reason, status };
  }
  await recordConnectionTest(connection.id, result);
  return result;
}
