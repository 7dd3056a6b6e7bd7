/** Sorting a connection's model ids into base models, fine-tuned models and checkpoints for the model picker. */
import type { ConnectionKind } from "@/lib/connections/kinds";
import type { ProviderFailure } from "@/lib/providers/errors";
import { fineTunedBase } from "./cost";
import type { ModelKind } from "./state";

export type ModelOption = { model: string; kind: Exclude<ModelKind, "other"> };

export type ModelGroup = {
  connectionId: string;
  connectionName: string;
  connectionKind: ConnectionKind;
  models: ModelOption[];
  error: ProviderFailure | null;
};

const CHECKPOINT = /:ckpt-step-(\d+)$/;

/** The training step of a checkpoint's model name (`…:ckpt-step-80` → 80), or null. */
export function checkpointStep(model: string): number | null {
  const match = model.match(CHECKPOINT);
  return match ? Number(match[1]) : null;
}

export function modelKindOf(model: string): ModelOption["kind"] {
  if (checkpointStep(model) !== null) return "checkpoint";
  return fineTunedBase(model) === null ? "base" : "fine_tuned";
}

const ORDER: Record<ModelOption["kind"], number> = { fine_tuned: 0, checkpoint: 1, base: 2 };

/** Distinct ids, fine-tuned first, then checkpoints, then base models; alphabetical inside each. */
export function modelOptions(ids: readonly string[]): ModelOption[] {
  return [...new Set(ids)]
    .map((model) => ({ model, kind: modelKindOf(model) }))
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.model.localeCompare(b.model));
}
