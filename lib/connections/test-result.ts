import type { ProviderFailure } from "@/lib/providers/errors";

/** What a connection offers: whether the fine-tuning API answers (null: could not tell), and its chat models. */
export type ConnectionCapabilities = { fineTuning: boolean | null; chatModels: number };

export type ConnectionTestResult =
  | { ok: true; modelCount: number; capabilities: ConnectionCapabilities }
  | { ok: false; reason: ProviderFailure; status?: number };
