import type { ProviderFailure } from "@/lib/providers/errors";

export type ConnectionTestResult =
  | { ok: true; modelCount: number }
  | { ok: false; reason: ProviderFailure; status?: number };
