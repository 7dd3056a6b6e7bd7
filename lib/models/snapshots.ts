/** The base snapshots that can be fine-tuned (reference §7), with the alias that points at each. */
export const FINE_TUNABLE_SNAPSHOTS = [
  { id: "gpt-4.1-2025-04-14", created: 1744316542, alias: "gpt-4.1" },
  { id: "gpt-4.1-mini-2025-04-14", created: 1744317547, alias: "gpt-4.1-mini" },
  { id: "gpt-4o-2024-08-06", created: 1722814719, alias: "gpt-4o" },
  { id: "gpt-4o-mini-2024-07-18", created: 1721172717, alias: "gpt-4o-mini" },
] as const;

/** The base model a new job starts from: the cheapest to train. */
export const DEFAULT_BASE_MODEL = "gpt-4o-mini-2024-07-18";

/** Azure still trains gpt-4.1-nano, which OpenAI no longer offers for fine-tuning. */
const AZURE_ONLY_SNAPSHOTS = ["gpt-4.1-nano-2025-04-14"] as const;

/** The snapshots a provider fine-tunes: Azure's list is OpenAI's plus its own. */
export function fineTunableSnapshots(provider: "openai" | "azure"): readonly string[] {
  const openai = FINE_TUNABLE_SNAPSHOTS.map((snapshot) => snapshot.id);
  return provider === "azure" ? [...openai, ...AZURE_ONLY_SNAPSHOTS] : openai;
}
