import { describe, expect, it } from "vitest";
import { createSignInDelay, SIGN_IN_DELAY } from "./sign-in-delay";

describe("createSignInDelay", () => {
  it("lets the first failures through, then doubles the wait after each further one", () => {
    const delay = createSignInDelay();
    let now = 0;
    for (let i = 0; i < SIGN_IN_DELAY.freeFailures - 1; i++) delay.recordFailure("a", now++);
    expect(delay.waitSeconds("a", now)).toBe(0);
    delay.recordFailure("a", now);
    expect(delay.waitSeconds("a", now)).toBe(2);
    now += 2000;
    expect(delay.waitSeconds("a", now)).toBe(0);
    delay.recordFailure("a", now);
    expect(delay.waitSeconds("a", now)).toBe(4);
    expect(delay.waitSeconds("a", now + 1500)).toBe(3);
    expect(delay.waitSeconds("b", now)).toBe(0);
  });

  it("caps the wait, so the account's owner is never locked out for good", () => {
    const delay = createSignInDelay();
    for (let i = 0; i < 40; i++) delay.recordFailure("a", i);
    expect(delay.waitSeconds("a", 40)).toBe(SIGN_IN_DELAY.maxWaitSeconds);
    expect(delay.waitSeconds("a", 39 + SIGN_IN_DELAY.maxWaitSeconds * 1000)).toBe(0);
  });

  it("forgets failures after a quiet hour, and on reset after a right password", () => {
    const delay = createSignInDelay();
    for (let i = 0; i < 8; i++) delay.recordFailure("a", i);
    delay.recordFailure("a", 10 + SIGN_IN_DELAY.forgetAfterMs);
    expect(delay.waitSeconds("a", 10 + SIGN_IN_DELAY.forgetAfterMs)).toBe(0);
    for (let i = 0; i < 8; i++) delay.recordFailure("b", i);
    delay.reset("b");
    expect(delay.waitSeconds("b", 9)).toBe(0);
  });
});
