import { type BlockedRequest, isProviderFailure, type ProviderProblem } from "@/lib/providers/failures";

/** What a connection offers: whether the fine-tuning API answers (null: could not tell), and its chat models. */
export type ConnectionCapabilities = { fineTuning: boolean | null; chatModels: number };

export type ConnectionTestResult =
  | { ok: true; modelCount: number; capabilities: ConnectionCapabilities }
  | ({ ok: false } & ProviderProblem);

/** What a failed test stored: the reason, and for a request the outbound guard refused, its rule and host. */
export type StoredTestFailure = { reason: ProviderProblem["reason"]; blocked: BlockedRequest | null };

/** The stored form of a failure (one text column): `blocked:<rule>:<host>` for a refusal, else the reason. */
export function testFailureMessage(result: Extract<ConnectionTestResult, { ok: false }>): string {
  return result.blocked ? `blocked:${result.blocked.rule}:${result.blocked.host}` : result.reason;
}

export function parseTestFailureMessage(message: string): StoredTestFailure {
  const [reason = "unexpected", rule, ...host] = message.split(":");
  if (reason === "blocked" && rule) {
    return { reason: "blocked", blocked: { rule: rule as BlockedRequest["rule"], host: host.join(":") } };
  }
  return { reason: isProviderFailure(reason) ? reason : "unexpected", blocked: null };
}
