import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { classifyProviderError } from "@/lib/providers/errors";
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
  it("is recognised by the app's error classifier through the SDK", () => {
    const refusal = fineTuningUnavailable();
    const error = OpenAI.APIError.generate(refusal.status, refusal.body, refusal.message, new Headers());
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(classifyProviderError(error)).toEqual({ reason: "fine_tuning_unavailable", status: 403, retryable: false });
  });
});
