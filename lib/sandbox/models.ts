/** The base models the Sandbox offers: OpenAI's chat models that can still be fine-tuned. */
export const sandboxBaseModels = [
  { id: "gpt-4.1-2025-04-14", created: 1744316542, alias: "gpt-4.1" },
  { id: "gpt-4.1-mini-2025-04-14", created: 1744317547, alias: "gpt-4.1-mini" },
  { id: "gpt-4o-2024-08-06", created: 1722814719, alias: "gpt-4o" },
  { id: "gpt-4o-mini-2024-07-18", created: 1721172717, alias: "gpt-4o-mini" },
] as const;

/** A base model's snapshot id for an id or an alias (`gpt-4o-mini` → `gpt-4o-mini-2024-07-18`), or null. */
export function resolveBaseModel(model: string): string | null {
  return sandboxBaseModels.find((base) => base.id === model || base.alias === model)?.id ?? null;
}

export function toModelObject(model: { id: string; created: number }, ownedBy = "system") {
  return { id: model.id, object: "model" as const, created: model.created, owned_by: ownedBy };
}

const CHECKPOINT_SUFFIX = /:ckpt-step-(\d+)$/;

/** `ft:…:abc:ckpt-step-80` → the fine-tuned model name and the step, or the name alone. */
export function parseFineTunedName(model: string): { name: string; step: number | null } {
  const match = model.match(CHECKPOINT_SUFFIX);
  return match ? { name: model.replace(CHECKPOINT_SUFFIX, ""), step: Number(match[1]) } : { name: model, step: null };
}

/** The base snapshot inside a fine-tuned name: `ft:gpt-4o-mini-2024-07-18:org:suffix:id` → `gpt-4o-mini-2024-07-18`. */
export function baseOfFineTuned(model: string): string | null {
  return model.startsWith("ft:") ? (model.split(":")[1] ?? null) : null;
}
