/** Turns whatever a provider call threw into a reason a person can act on. */
import OpenAI from "openai";

export type ProviderFailure =
  | "invalid_key"
  | "forbidden"
  | "not_found"
  | "rate_limited"
  | "server_error"
  | "timeout"
  | "unreachable"
  | "bad_request"
  | "unexpected";

export function classifyProviderError(error: unknown): {
  reason: ProviderFailure;
  status?: number;
  retryable: boolean;
} {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { reason: "timeout", retryable: true };
  if (error instanceof OpenAI.APIConnectionError) return { reason: "unreachable", retryable: true };
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    const status = error.status;
    if (status === 401) return { reason: "invalid_key", status, retryable: false };
    if (status === 403) return { reason: "forbidden", status, retryable: false };
    if (status === 404) return { reason: "not_found", status, retryable: false };
    if (status === 429) return { reason: "rate_limited", status, retryable: true };
    if (status >= 500) return { reason: "server_error", status, retryable: true };
    if (status >= 400) return { reason: "bad_request", status, retryable: false };
  }
  return { reason: "unexpected", retryable: false };
}
