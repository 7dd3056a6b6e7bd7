import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("blocks a key after the maximum within the window, and lets it go once the window has passed", () => {
    const limiter = createRateLimiter({ max: 3, windowMs: 1000 });
    for (let i = 0; i < 3; i++) limiter.record(["email:a"], i);
    expect(limiter.allows(["email:a"], 10)).toBe(false);
    expect(limiter.allows(["email:b"], 10)).toBe(true);
    expect(limiter.allows(["email:a"], 1001)).toBe(true);
  });

  it("blocks when any of the keys is over its limit", () => {
    const limiter = createRateLimiter({ max: 2, windowMs: 1000 });
    limiter.record(["email:a", "ip:1"], 0);
    limiter.record(["email:b", "ip:1"], 1);
    expect(limiter.allows(["email:c", "ip:1"], 2)).toBe(false);
  });

  it("forgets a key on reset, e.g. after a successful sign-in", () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 1000 });
    limiter.record(["email:a"], 0);
    limiter.reset(["email:a"]);
    expect(limiter.allows(["email:a"], 1)).toBe(true);
  });
});
