/**
 * Slows down password guessing for one account from one address without locking its owner out: after a few
 * wrong passwords, each further try has to wait twice as long as the one before, up to a cap, and a try
 * during the wait is refused without checking the password (so it does not make the wait longer).
 * The counts live in this process, like the other rate limits.
 */
export const SIGN_IN_DELAY = { freeFailures: 5, maxWaitSeconds: 15 * 60, forgetAfterMs: 60 * 60_000 };

type Failures = { count: number; lastAt: number };

export function createSignInDelay(options = SIGN_IN_DELAY) {
  const failures = new Map<string, Failures>();

  function current(key: string, now: number): Failures | undefined {
    const entry = failures.get(key);
    if (entry && now - entry.lastAt >= options.forgetAfterMs) failures.delete(key);
    return failures.get(key);
  }

  return {
    /** Seconds this key must still wait before its next try (0: it may try now). */
    waitSeconds(key: string, now = Date.now()): number {
      const entry = current(key, now);
      if (!entry || entry.count < options.freeFailures) return 0;
      const wait = Math.min(2 ** (entry.count - options.freeFailures + 1), options.maxWaitSeconds);
      return Math.max(0, Math.ceil(wait - (now - entry.lastAt) / 1000));
    },
    recordFailure(key: string, now = Date.now()): void {
      failures.set(key, { count: (current(key, now)?.count ?? 0) + 1, lastAt: now });
    },
    reset(key: string): void {
      failures.delete(key);
    },
  };
}
