/** The models the chat tester offers: every connection's base and fine-tuned models and the checkpoints it knows. */
import "server-only";
import { getConnectionOrThrow, listConnections } from "@/lib/connections/queries";
import { db } from "@/lib/db/client";
import { isChatModelId } from "@/lib/models/names";
import { LIST_PRICES } from "@/lib/models/prices";
import { listModelIds } from "@/lib/providers/chat";
import { classifyProviderError } from "@/lib/providers/errors";
import type { ProviderFailure } from "@/lib/providers/failures";
import { type ModelGroup, modelOptions } from "./model-options";

/** Fine-tuned models and checkpoints of the workspace's jobs, per connection. */
async function trainedModels(workspaceId: string): Promise<Map<string, string[]>> {
  const jobs = await db.job.findMany({
    where: { workspaceId, connectionId: { not: null }, fineTunedModel: { not: null } },
    orderBy: { createdAt: "desc" },
    select: {
      connectionId: true,
      fineTunedModel: true,
      checkpoints: { select: { model: true }, orderBy: { step: "desc" } },
    },
  });
  const byConnection = new Map<string, string[]>();
  for (const job of jobs) {
    if (!job.connectionId || !job.fineTunedModel) continue;
    const ids = byConnection.get(job.connectionId) ?? [];
    ids.push(job.fineTunedModel, ...job.checkpoints.map((checkpoint) => checkpoint.model));
    byConnection.set(job.connectionId, ids);
  }
  return byConnection;
}

/**
 * One group per connection. A connection that cannot list its models (down, rate-limited, Azure without list
 * rights) still offers the list's base models and the models its jobs trained, with the reason shown.
 */
export async function listChatModels(workspaceId: string): Promise<ModelGroup[]> {
  const [connections, trained] = await Promise.all([listConnections(workspaceId), trainedModels(workspaceId)]);
  return Promise.all(
    connections.map(async (view) => {
      const known = trained.get(view.id) ?? [];
      let listed: string[];
      let error: ProviderFailure | null = null;
      try {
        const connection = await getConnectionOrThrow({ connectionId: view.id, workspaceId });
        listed = (await listModelIds(connection)).filter(isChatModelId);
      } catch (cause) {
        error = classifyProviderError(cause).reason;
        listed = Object.keys(LIST_PRICES);
      }
      return {
        connectionId: view.id,
        connectionName: view.name,
        connectionKind: view.kind,
        models: modelOptions([...listed, ...known]),
        error,
      };
    }),
  );
}
