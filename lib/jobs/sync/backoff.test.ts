import { describe, expect, it } from "vitest";
import { NOT_RETRYABLE_DELAY_MS, RETRY_MAX_MS, retryAfterMsOf, retryDelayMs } from "./backoff";

const top = () => 0.999_999;
const bottom = () => 0;

describe("retryDelayMs", () => {
  it("doubles from 2 seconds with each failure in a row, up to 5 minutes", () => {
    const delays = [1, 2, 3, 4, 5, 8, 9, 20].map((failures) =>
      retryDelayMs({ failures, retryable: true, random: top }),
    );
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 256_000, RETRY_MAX_MS, RETRY_MAX_MS]);
  });

  it("draws each delay between half and the whole of its step", () => {
    expect(retryDelayMs({ failures: 3, retryable: true, random: bottom })).toBe(4_000);
    expect(retryDelayMs({ failures: 3, retryable: true, random: () => 0.5 })).toBe(6_000);
    for (let i = 0; i < 50; i++) {
      const delay = retryDelayMs({ failures: 4, retryable: true });
      expect(delay).toBeGreaterThanOrEqual(8_000);
      expect(delay).toBeLessThanOrEqual(16_000);
    }
  });

  it("waits at least as long as the provider's Retry-After asks, within the cap", () => {
    expect(retryDelayMs({ failures: 1, retryable: true, retryAfterMs: 30_000, random: bottom })).toBe(30_000);
    expect(retryDelayMs({ failures: 5, retryable: true, retryAfterMs: 1_000, random: bottom })).toBe(16_000);
    expect(retryDelayMs({ failures: 1, retryable: true, retryAfterMs: 3_600_000 })).toBe(RETRY_MAX_MS);
  });

  it("backs off long when retrying soon cannot help", () => {
    expect(retryDelayMs({ failures: 1, retryable: false })).toBe(NOT_RETRYABLE_DELAY_MS);
  });
});

describe("retryAfterMsOf", () => {
  const errorWith = (headers: Record<string, string>) => ({ status: 429, headers: new Headers(headers) });

  it("reads seconds, milliseconds and HTTP dates", () => {
    expect(retryAfterMsOf(errorWith({ "retry-after": "3" }))).toBe(3_000);
    expect(retryAfterMsOf(errorWith({ "retry-after-ms": "250", "retry-after": "3" }))).toBe(250);
    const now = Date.UTC(2026, 10, 26, 8, 0, 0);
    expect(retryAfterMsOf(errorWith({ "retry-after": "Thu, 26 Nov 2026 08:00:20 GMT" }), now)).toBe(20_000);
  });

  it("is null for errors without the header or without headers", () => {
    expect(retryAfterMsOf(errorWith({}))).toBeNull();
    expect(retryAfterMsOf(errorWith({ "retry-after": "soon" }))).toBeNull();
    expect(retryAfterMsOf(new Error("network down"))).toBeNull();
    expect(retryAfterMsOf(undefined)).toBeNull();
  });
});
