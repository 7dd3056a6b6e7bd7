import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { OutboundBlockedError } from "@/lib/outbound/check";
import { fineTuningUnavailable } from "@/lib/sandbox/cutoff";
import { classifyProviderError, providerAppError, providerProblem } from "./errors";

const apiError = (status: number) => OpenAI.APIError.generate(status, { message: "x" }, "x", new Headers());

describe("classifyProviderError", () => {
  it.each([
    [401, "invalid_key", false],
    [403, "forbidden", false],
    [404, "not_found", false],
    [400, "bad_request", false],
    [429, "rate_limited", true],
    [500, "server_error", true],
    [503, "server_error", true],
  ] as const)("HTTP %i → %s (retry: %s)", (status, reason, retryable) => {
    expect(classifyProviderError(apiError(status))).toEqual({ reason, status, retryable });
  });

  it("names the outbound rule a refused request broke, also inside the SDK's connection error", () => {
    const refusal = new OutboundBlockedError("metadata", "169.254.169.254");
    const expected = { reason: "blocked", retryable: false, blocked: { rule: "metadata", host: "169.254.169.254" } };
    expect(classifyProviderError(refusal)).toEqual(expected);
    expect(classifyProviderError(new OpenAI.APIConnectionError({ message: "x", cause: refusal }))).toEqual(expected);
  });

  it("tells a timeout from an unreachable host", () => {
    expect(classifyProviderError(new OpenAI.APIConnectionTimeoutError())).toEqual({
      reason: "timeout",
      retryable: true,
    });
    expect(classifyProviderError(new OpenAI.APIConnectionError({ message: "ENOTFOUND" }))).toEqual({
      reason: "unreachable",
      retryable: true,
    });
  });

  it("does not guess about other errors", () => {
    expect(classifyProviderError(new Error("boom"))).toEqual({ reason: "unexpected", retryable: false });
  });
});

describe("the end of self-serve fine-tuning", () => {
  it("recognises the Sandbox's emulated refusal through the SDK", () => {
    const refusal = fineTuningUnavailable();
    const error = OpenAI.APIError.generate(refusal.status, refusal.body, refusal.message, new Headers());
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(classifyProviderError(error)).toEqual({ reason: "fine_tuning_unavailable", status: 403, retryable: false });
  });

  it.each([
    [400, { message: "Fine-tuning is not available for your organization.", code: null }],
    [403, { message: "Forbidden", code: "fine_tuning_unavailable" }],
    [404, { message: "Your organization is no longer allowed to create fine-tuning jobs.", code: null }],
  ])("recognises HTTP %i with %o", (status, body) => {
    const error = OpenAI.APIError.generate(status, { error: body }, body.message, new Headers());
    expect(classifyProviderError(error).reason).toBe("fine_tuning_unavailable");
  });

  it("leaves other refusals alone", () => {
    const body = {
      error: {
        message: "Model gpt-5 is not available for fine-tuning or does not exist.",
        code: "model_not_available",
      },
    };
    const error = OpenAI.APIError.generate(400, body, body.error.message, new Headers());
    expect(classifyProviderError(error).reason).toBe("bad_request");
  });
});

describe("a failed provider call, as every channel reports it", () => {
  it("keeps the classification without the retry hint", () => {
    expect(providerProblem(apiError(429))).toEqual({ reason: "rate_limited", status: 429 });
    expect(providerProblem(new OutboundBlockedError("metadata", "169.254.169.254"))).toEqual({
      reason: "blocked",
      blocked: { rule: "metadata", host: "169.254.169.254" },
    });
  });

  it("is one AppError body for actions, the REST API and the chat stream", () => {
    const error = providerAppError(apiError(503), "The provider did not answer");
    expect(error).toBeInstanceOf(AppError);
    expect(error.toBody()).toEqual({
      code: "provider_unavailable",
      reason: { code: "provider", provider: { reason: "server_error", status: 503 } },
    });
  });

  it("names the step and the provider's explanation when the caller knows them", () => {
    const cause = apiError(400);
    const error = providerAppError(cause, "createJob failed", { step: "createJob", detail: "Model not allowed" });
    expect(error.cause).toBe(cause);
    expect(error.reason).toEqual({
      code: "provider",
      provider: { reason: "bad_request", status: 400 },
      step: "createJob",
      detail: "Model not allowed",
    });
  });
});
