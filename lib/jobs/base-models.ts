/**
 * The base models a connection can fine-tune: a known list of fine-tunable snapshots, merged with what the
 * provider's models list offers (and the fine-tuned models, which can be trained further).
 */
import "server-only";
import type { ConnectionKind } from "@/lib/connections/kinds";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { isFineTunedModel, parseModelName } from "@/lib/models/names";
import { fineTunableSnapshots } from "@/lib/models/snapshots";
import { classifyProviderError } from "@/lib/providers/errors";
import type { ProviderFailure } from "@/lib/providers/failures";
import { fineTuningClient } from "@/lib/providers/fine-tuning";

type BaseModelChoice = { id: string; group: "base" | "fineTuned" | "other" };

const isCheckpoint = (id: string) => parseModelName(id).kind === "checkpoint";

/**
 * The known models first, then fine-tuned ones (not their checkpoints), then, for a compatible service at
 * another address, the other models it lists (such a service may fine-tune its own models).
 */
export function mergeBaseModels(options: {
  kind: ConnectionKind;
  customBaseUrl: boolean;
  providerIds: readonly string[];
  fineTunedIds: readonly string[];
}): BaseModelChoice[] {
  const known = fineTunableSnapshots(options.kind === "azure" ? "azure" : "openai");
  const choices: BaseModelChoice[] = known.map((id) => ({ id, group: "base" }));
  const seen = new Set(known);
  const add = (id: string, group: BaseModelChoice["group"]) => {
    if (seen.has(id)) return;
    seen.add(id);
    choices.push({ id, group });
  };
  const fineTuned = [...options.fineTunedIds, ...options.providerIds].filter(
    (id) => isFineTunedModel(id) && !isCheckpoint(id),
  );
  for (const id of fineTuned.sort()) add(id, "fineTuned");
  if ((options.kind === "openai" && options.customBaseUrl) || options.kind === "compatible") {
    for (const id of [...options.providerIds].sort()) if (!isCheckpoint(id)) add(id, "other");
  }
  return choices;
}

export type BaseModelList = { models: BaseModelChoice[]; failure: ProviderFailure | null };

/**
 * The models to offer for one of the workspace's connections. Azure lists deployments rather than what can be
 * trained, so there the known list and the workspace's own fine-tuned models are the offer. A models list that
 * cannot be read falls back to the same, with the reason.
 */
export async function listBaseModels({
  workspaceId,
  connectionId,
}: {
  workspaceId: string;
  connectionId: string;
}): Promise<BaseModelList> {
  const connection = await getConnectionOrThrow({ workspaceId, connectionId });
  const trained = await db.job.findMany({
    where: { workspaceId, connectionId, status: "succeeded", fineTunedModel: { not: null } },
    select: { fineTunedModel: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const fineTunedIds = trained.flatMap((job) => (job.fineTunedModel ? [job.fineTunedModel] : []));
  const merge = (providerIds: string[]) =>
    mergeBaseModels({ kind: connection.kind, customBaseUrl: Boolean(connection.baseUrl), providerIds, fineTunedIds });
  if (connection.kind === "azure") return { models: merge([]), failure: null };
  try {
    const providerIds = await fineTuningClient(connection, { timeoutMs: 15_000, maxRetries: 1 }).listModelIds();
    return { models: merge(providerIds), failure: null };
  } catch (error) {
    const { reason } = classifyProviderError(error);
    logger.warn(`listBaseModels: the models list of connection ${connectionId} could not be read (${reason})`);
    return { models: merge([]), failure: reason };
  }
}
