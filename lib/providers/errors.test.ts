import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { classifyProviderError } from "./errors";

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
