import { describe, expect, it } from "vitest";
import { fineTuningUnavailable, isFineTuningClosed } from "./cutoff";

describe("isFineTuningClosed", () => {
  const now = new Date("2026-11-26T10:00:00Z");

  it("is open by default and closed when the organisation is closed", () => {
    expect(isFineTuningClosed({ closed: false, closedAfter: null }, now)).toBe(false);
    expect(isFineTuningClosed({ closed: true, closedAfter: null }, now)).toBe(true);
  });

  it("closes from the given day on", () => {
    const cutoff = { closed: false, closedAfter: new Date("2026-11-27T00:00:00Z") };
    expect(isFineTuningClosed(cutoff, now)).toBe(false);
    expect(isFineTuningClosed(cutoff, new Date("2026-11-27T00:00:00Z"))).toBe(true);
  });
});

describe("the refusal", () => {
  it("answers 403 in OpenAI's error shape with a code the app recognises", () => {
    const refusal = fineTuningUnavailable();
    expect(refusal.status).toBe(403);
    expect(refusal.body.error).toMatchObject({ type: "invalid_request_error", code: "fine_tuning_not_available" });
  });
});
