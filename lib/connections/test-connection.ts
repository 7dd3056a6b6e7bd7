/**
 * "Test connection": list the provider's models through the SDK and say plainly what happened. For an
 * OpenAI-compatible service it also detects what the service offers (fine-tuning API, chat models).
 */
import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import { canFineTune } from "@/lib/connections/kinds";
import { logger } from "@/lib/logger";
import { detectCapabilities } from "@/lib/providers/capabilities";
import { createProviderClient } from "@/lib/providers/client";
import { providerProblem } from "@/lib/providers/errors";
import { getConnectionOrThrow, recordConnectionTest } from "./queries";
import type { ConnectionTestResult } from "./test-result";

export async function testConnection({
  actor,
  connectionId,
}: {
  actor: AuditActor;
  connectionId: string;
}): Promise<ConnectionTestResult> {
  const connection = await getConnectionOrThrow({ connectionId, workspaceId: actor.workspace.id });
  // One quick attempt: a person is waiting, and a retry would only hide the reason.
  const client = createProviderClient(connection, { timeoutMs: 15_000, maxRetries: 0 });
  let result: ConnectionTestResult;
  try {
    // The known providers have a fine-tuning API by definition; a chat-only connection never uses one.
    const probeFineTuning = connection.kind === "compatible";
    const { modelCount, chatModels, fineTuning } = await detectCapabilities(client, { probeFineTuning });
    const known = canFineTune(connection.kind);
    result = { ok: true, modelCount, capabilities: { chatModels, fineTuning: probeFineTuning ? fineTuning : known } };
  } catch (error) {
    const problem = providerProblem(error);
    logger.warn(`Connection test failed for ${connection.kind} connection ${connection.id}: ${problem.reason}`, error);
    result = { ok: false, ...problem };
  }
  await recordConnectionTest(connection.id, result);
  await record(
    actor,
    "connection.tested",
    { type: "connection", id: connection.id },
    { result: result.ok ? "ok" : "failed", reason: result.ok ? null : result.reason },
  );
  return result;
}
