/** Sorting a connection's model ids into base models, fine-tuned models and checkpoints for the model picker. */
import type { ConnectionKind } from "@/lib/connections/kinds";
import { parseModelName } from "@/lib/models/names";
import type { ProviderFailure } from "@/lib/providers/failures";
import type { ModelKind } from "./state";

export type ModelOption = { model: string; kind: Exclude<ModelKind, "other"> };

export type ModelGroup = {
  connectionId: string;
  connectionName: string;
  connectionKind: ConnectionKind;
  models: ModelOption[];
  error: ProviderFailure | null;
};

export function modelKindOf(model: string): ModelOption["kind"] {
  return parseModelName(model).kind;
}

const ORDER: Record<ModelOption["kind"], number> = { fine_tuned: 0, checkpoint: 1, base: 2 };

/** Distinct ids, fine-tuned first, then checkpoints, then base models; alphabetical inside each. */
export function modelOptions(ids: readonly string[]): ModelOption[] {
  return [...new Set(ids)]
    .map((model) => ({ model, kind: modelKindOf(model) }))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.model.localeCompare(b.model));
}
