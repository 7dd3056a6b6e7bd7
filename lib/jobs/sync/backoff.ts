/** When to look at a job again after a failed sync: exponential with jitter for passing trouble, long for the rest. */

export const RETRY_BASE_MS = 2_000;
export const RETRY_MAX_MS = 5 * 60_000;
/** A rejected key, a missing job or a forbidden call will not fix itself soon: look again after this. */
export const NOT_RETRYABLE_DELAY_MS = 30 * 60_000;

/**
 * The delay before attempt `failures + 1`: 2 s, 4 s, 8 s … capped at 5 min, each drawn between half and the
 * whole of its step so that many jobs hitting one rate limit do not come back together. A provider's
 * Retry-After wins when it asks for longer.
 */
export function retryDelayMs({
  failures,
  retryable,
  retryAfterMs = null,
  random = Math.random,
}: {
  failures: number;
  retryable: boolean;
  retryAfterMs?: number | null;
  random?: () => number;
}): number {
  if (!retryable) return NOT_RETRYABLE_DELAY_MS;
  const step = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = step / 2 + (step / 2) * random();
  return Math.round(Math.min(RETRY_MAX_MS, Math.max(jittered, retryAfterMs ?? 0)));
}

/** The Retry-After of a provider error in milliseconds (seconds or an HTTP date), or null when it has none. */
export function retryAfterMsOf(error: unknown, now = Date.now()): number | null {
  const headers = typeof error === "object" && error !== null ? (error as { headers?: unknown }).headers : undefined;
  if (!(headers instanceof Headers)) return null;
  const value = headers.get("retry-after-ms") ?? null;
  if (value !== null && Number.isFinite(Number(value))) return Number(value);
  const retryAfter = headers.get("retry-after");
  if (retryAfter === null || retryAfter.trim() === "") return null;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
