/** The base models the Sandbox offers, named like OpenAI's fine-tunable chat models. */
export const sandboxBaseModels = [
  { id: "gpt-4.1-2025-04-14", created: 1744316542 },
  { id: "gpt-4.1-mini-2025-04-14", created: 1744317547 },
  { id: "gpt-4.1-nano-2025-04-14", created: 1744321025 },
  { id: "gpt-4o-2024-08-06", created: 1722814719 },
  { id: "gpt-4o-mini-2024-07-18", created: 1721172717 },
  { id: "gpt-3.5-turbo-0125", created: 1706048358 },
] as const;

export function toModelObject(model: { id: string; created: number }, ownedBy = "system") {
  return { id: model.id, object: "model" as const, created: model.created, owned_by: ownedBy };
}
