/**
 * Reading a model name: a base snapshot or its alias, an OpenAI fine-tuned model
 * (`ft:<base>:org:suffix:id`), an Azure fine-tuned model (`<base>.ft-<id>`), and their checkpoints
 * (`…:ckpt-step-N`).
 */
import { FINE_TUNABLE_SNAPSHOTS } from "./snapshots";

export type ModelName = {
  /** the base model the name was trained from, or the name itself for a base model */
  base: string;
  kind: "base" | "fine_tuned" | "checkpoint";
  /** the model a checkpoint belongs to (a checkpoint may also come from a service's own model), or the name itself */
  fineTuned: string;
  /** the checkpoint's training step, or null */
  step: number | null;
};

const CHECKPOINT_SUFFIX = /:ckpt-step-(\d+)$/;
const AZURE_FINE_TUNED = /^(.+?)\.ft-[\w-]+$/;

/** The base of a fine-tuned name without its checkpoint suffix, or null for a base model. */
function fineTunedBaseOf(name: string): string | null {
  if (name.startsWith("ft:")) return name.split(":")[1] || null;
  return name.match(AZURE_FINE_TUNED)?.[1] ?? null;
}

export function parseModelName(model: string): ModelName {
  const checkpoint = model.match(CHECKPOINT_SUFFIX);
  const fineTuned = checkpoint ? model.slice(0, checkpoint.index) : model;
  const base = fineTunedBaseOf(fineTuned);
  if (checkpoint) return { base: base ?? fineTuned, kind: "checkpoint", fineTuned, step: Number(checkpoint[1]) };
  return base === null
    ? { base: model, kind: "base", fineTuned: model, step: null }
    : { base, kind: "fine_tuned", fineTuned, step: null };
}

/** The base model a name was trained from (`ft:gpt-4o-mini-2024-07-18:org::id` → `gpt-4o-mini-2024-07-18`); a base model itself. */
export function baseModelOf(model: string): string {
  return parseModelName(model).base;
}

export function isFineTunedModel(model: string): boolean {
  return parseModelName(model).kind !== "base";
}

/** Azure names its fine-tuned models `<base>.ft-<id>`, OpenAI `ft:<base>:…`. */
export function isAzureFineTunedModel(model: string): boolean {
  return AZURE_FINE_TUNED.test(parseModelName(model).fineTuned);
}

/** The training step of a checkpoint's model name (`…:ckpt-step-80` → 80), or null. */
export function checkpointStep(model: string): number | null {
  return parseModelName(model).step;
}

/** A fine-tunable snapshot for its id or alias (`gpt-4o-mini` → `gpt-4o-mini-2024-07-18`), or null. */
export function snapshotOf(model: string): string | null {
  return FINE_TUNABLE_SNAPSHOTS.find((snapshot) => snapshot.id === model || snapshot.alias === model)?.id ?? null;
}

/** Model ids that are not chat models (embeddings, audio, images, moderation, legacy completions). */
const NOT_CHAT = /embedding|whisper|tts|dall-e|moderation|davinci|babbage|image|audio|realtime|transcribe|search|sora/i;

export function isChatModelId(id: string): boolean {
  return !NOT_CHAT.test(id);
}

const SNAPSHOT_DATE = /-\d{4}-\d{2}-\d{2}$/;

/** The family of a snapshot or alias: `gpt-4o-mini-2024-07-18` → `gpt-4o-mini`. */
export function familyOf(model: string): string {
  return baseModelOf(model).replace(SNAPSHOT_DATE, "");
}
