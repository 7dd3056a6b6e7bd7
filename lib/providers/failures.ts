/**
 * A failed provider call, encoded one way wherever it travels: action results, the REST API's error body, the chat
 * stream's error event, and what jobs and connections store. Plain data, so the browser can import it.
 */
import type { OutboundRule } from "@/lib/outbound/check";

export const PROVIDER_FAILURES = [
  "invalid_key",
  "forbidden",
  "not_found",
  "rate_limited",
  "server_error",
  "timeout",
  "unreachable",
  "bad_request",
  "fine_tuning_unavailable",
  "blocked",
  "unexpected",
] as const;

export type ProviderFailure = (typeof PROVIDER_FAILURES)[number];

/** The outbound rule a refused request broke, and the address it named. */
export type BlockedRequest = { rule: OutboundRule; host: string };

/** Why the call failed, the provider's HTTP status when it answered, and the rule when the app refused the call. */
export type ProviderProblem = { reason: ProviderFailure; status?: number; blocked?: BlockedRequest };

export function isProviderFailure(value: string): value is ProviderFailure {
  return (PROVIDER_FAILURES as readonly string[]).includes(value);
}

/** The provider calls of starting a job, named so a failure can say which one went wrong. */
export const PROVIDER_STEPS = ["uploadTraining", "uploadValidation", "checkFile", "createJob"] as const;

export type ProviderStep = (typeof PROVIDER_STEPS)[number];
