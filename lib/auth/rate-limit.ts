/**
 * Counts attempts per key (an email, a client address) in a sliding window, to slow down password
 * guessing. better-auth only limits requests that reach its HTTP handler; our actions call it directly.
 * The counts live in this process, which is enough for the single-server setup.
 */
export function createRateLimiter(options: { max: number; windowMs: number }) {
  const attempts = new Map<string, number[]>();

  function recent(key: string, now: number): number[] {
    const kept = (attempts.get(key) ?? []).filter((at) => now - at < options.windowMs);
    if (kept.length) attempts.set(key, kept);
    else attempts.delete(key);
    return kept;
  }

  return {
    /** True while every key is under its limit. */
    allows: (keys: string[], now = Date.now()) => keys.every((key) => recent(key, now).length < options.max),
    record: (keys: string[], now = Date.now()) => {
      for (const key of keys) attempts.set(key, [...recent(key, now), now]);
    },
    reset: (keys: string[]) => {
      for (const key of keys) attempts.delete(key);
    },
  };
}
