/**
 * The Sandbox's emulation of OpenAI ending self-serve fine-tuning: a connection can be "closed for this
 * organisation" or closed from a first day on; new jobs are then refused the way OpenAI refuses them.
 *
 * OpenAI's exact answer is not published (reference §0 marks it unverified). This is a faithful guess built on
 * its API conventions: HTTP 403 (the key is valid, the organisation may not do this), error type
 * `invalid_request_error`, code `fine_tuning_not_available`, and a message naming the organisation.
 */
import { SandboxError } from "./errors";

export type FineTuningCutoff = { closed: boolean; closedAfter: Date | null };

/** The first moment jobs are refused, or null while fine-tuning is open. */
function closedFrom(cutoff: FineTuningCutoff): Date | null {
  if (cutoff.closed) return new Date(0);
  return cutoff.closedAfter;
}

export function isFineTuningClosed(cutoff: FineTuningCutoff, now: Date): boolean {
  const from = closedFrom(cutoff);
  return from !== null && now.getTime() >= from.getTime();
}

export function fineTuningUnavailable(): SandboxError {
  return new SandboxError(
    403,
    "Fine-tuning is not available for your organization. New fine-tuning jobs can no longer be created; existing fine-tuned models keep working until their base model is retired.",
    { type: "invalid_request_error", code: "fine_tuning_not_available" },
  );
}
