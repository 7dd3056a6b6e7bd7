/** Turns whatever a provider call threw into a reason a person can act on. */
import OpenAI from "openai";
import { AppError } from "@/lib/errors";
import { findOutboundBlock } from "@/lib/outbound/check";
import type { ProviderProblem, ProviderStep } from "./failures";

/**
 * OpenAI's refusal of new fine-tuning jobs for an organisation (its self-serve fine-tuning is ending). The exact
 * wording is unpublished, so both the code and the usual phrasings are recognised.
 */
const UNAVAILABLE_CODE = /^fine_?tuning_(not_available|unavailable|disabled|not_allowed)$/i;
const UNAVAILABLE_TEXT =
  /fine-?tuning (is )?(not|no longer) (available|enabled|allowed|permitted)|(not|no longer) (allowed|permitted) to (create )?fine-?tun/i;

function isFineTuningUnavailable(error: InstanceType<typeof OpenAI.APIError>): boolean {
  if (error.status !== 400 && error.status !== 403 && error.status !== 404) return false;
  return (typeof error.code === "string" && UNAVAILABLE_CODE.test(error.code)) || UNAVAILABLE_TEXT.test(error.message);
}

export function classifyProviderError(error: unknown): ProviderProblem & { retryable: boolean } {
  // The outbound guard's refusal, also when the SDK wrapped it in a connection error.
  const blocked = findOutboundBlock(error);
  if (blocked) return { reason: "blocked", retryable: false, blocked: { rule: blocked.rule, host: blocked.host } };
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { reason: "timeout", retryable: true };
  if (error instanceof OpenAI.APIConnectionError) return { reason: "unreachable", retryable: true };
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    const status = error.status;
    if (isFineTuningUnavailable(error)) return { reason: "fine_tuning_unavailable", status, retryable: false };
    if (status === 401) return { reason: "invalid_key", status, retryable: false };
    if (status === 403) return { reason: "forbidden", status, retryable: false };
    if (status === 404) return { reason: "not_found", status, retryable: false };
    if (status === 429) return { reason: "rate_limited", status, retryable: true };
    if (status >= 500) return { reason: "server_error", status, retryable: true };
    if (status >= 400) return { reason: "bad_request", status, retryable: false };
  }
  return { reason: "unexpected", retryable: false };
}

/** What a failed call tells the person who made it: the classification without the app's own retry hint. */
export function providerProblem(error: unknown): ProviderProblem {
  const { retryable: _, ...problem } = classifyProviderError(error);
  return problem;
}

/**
 * A failed provider call as an AppError: the one way actions and the REST API report it. `problem` is the call's
 * classification when the caller already has it.
 */
export function providerAppError(
  cause: unknown,
  message: string,
  {
    problem = providerProblem(cause),
    ...where
  }: { problem?: ProviderProblem; step?: ProviderStep; detail?: string } = {},
): AppError {
  return new AppError("provider_unavailable", message, {
    cause,
    reason: { code: "provider", provider: problem, ...where },
  });
}
