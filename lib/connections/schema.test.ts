import { describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { fieldErrorsFrom } from "@/lib/validation";
import { createConnectionSchema, updateConnectionSchema } from "./schema";

function errors(input: unknown) {
  const result = createConnectionSchema.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error);
}

describe("connection input", () => {
  it("accepts an OpenAI connection and turns empty optional fields into null", () => {
    const parsed = createConnectionSchema.parse({
      kind: "openai",
      name: "  OpenAI  ",
      apiKey: "sk-test",
      organization: "",
      project: "",
      baseUrl: "",
    });
    expect(parsed).toEqual({
      kind: "openai",
      name: "OpenAI",
      apiKey: "sk-test",
      organization: null,
      project: null,
      baseUrl: null,
    });
  });

  it("names each bad Azure field with a message key", () => {
    expect(
      errors({ kind: "azure", name: "", apiKey: "", endpoint: "my-resource.openai.azure.com", apiVersion: "latest" }),
    ).toEqual({
      name: { code: "required" },
      apiKey: { code: "required" },
      endpoint: { code: "invalidUrl" },
      apiVersion: { code: "invalidApiVersion" },
    });
  });

  it("accepts Azure API versions with and without -preview", () => {
    for (const apiVersion of ["2024-10-21", "2025-04-01-preview"]) {
      expect(
        errors({ kind: "azure", name: "A", apiKey: "k", endpoint: "https://x.openai.azure.com", apiVersion }),
      ).toEqual({});
    }
  });

  it("only takes http and https addresses", () => {
    expect(errors({ kind: "openai", name: "O", apiKey: "k", baseUrl: "ftp://example.com" })).toEqual({
      baseUrl: { code: "invalidUrl" },
    });
    expect(errors({ kind: "openai", name: "O", apiKey: "k", baseUrl: "javascript:alert(1)" })).toEqual({
      baseUrl: { code: "invalidUrl" },
    });
  });

  it("refuses an address the outbound guard refuses, naming the rule and the host", () => {
    expect(errors({ kind: "inference", name: "I", baseUrl: "http://169.254.169.254/v1" })).toEqual({
      baseUrl: { code: "outbound.metadata", params: { host: "169.254.169.254" } },
    });
    expect(errors({ kind: "compatible", name: "C", apiKey: "k", baseUrl: "http://[fe80::1]:8000/v1" })).toEqual({
      baseUrl: { code: "outbound.linkLocal", params: { host: "fe80::1" } },
    });
    expect(
      errors({ kind: "azure", name: "A", apiKey: "k", endpoint: "http://100.100.100.200", apiVersion: "2024-10-21" }),
    ).toEqual({ endpoint: { code: "outbound.metadata", params: { host: "100.100.100.200" } } });
    expect(errors({ kind: "inference", name: "I", baseUrl: "http://127.0.0.1:11434/v1" })).toEqual({});
  });

  it("refuses private addresses where the installation denies them", () => {
    process.env.PRIVATE_NETWORK_PROVIDERS = "deny";
    resetEnvCache();
    try {
      expect(errors({ kind: "inference", name: "I", baseUrl: "http://localhost:11434/v1" })).toEqual({
        baseUrl: { code: "outbound.privateNetwork", params: { host: "localhost" } },
      });
    } finally {
      delete process.env.PRIVATE_NETWORK_PROVIDERS;
      resetEnvCache();
    }
  });

  it("limits lengths", () => {
    expect(errors({ kind: "openai", name: "n".repeat(81), apiKey: "k".repeat(501) })).toEqual({
      name: { code: "tooLong", params: { max: 80 } },
      apiKey: { code: "tooLong", params: { max: 500 } },
    });
  });

  it("rejects an unknown provider", () => {
    expect(errors({ kind: "anthropic", name: "X" })).toHaveProperty("kind");
  });

  it("keeps the stored key when an edit leaves the key empty", () => {
    const parsed = updateConnectionSchema.parse({
      connectionId: "c1",
      kind: "azure",
      name: "Azure",
      apiKey: "",
      endpoint: "https://x.openai.azure.com",
      apiVersion: "2024-10-21",
    });
    expect(parsed).toMatchObject({ connectionId: "c1", apiKey: null });
  });
});

describe("Sandbox settings", () => {
  it("reads the form's strings as numbers, empty duration meaning the server default", () => {
    expect(
      createConnectionSchema.parse({
        kind: "sandbox",
        name: "Sandbox",
        jobSeconds: "",
        failurePercent: "25",
        failureStatus: "500",
        latencyMs: "0",
      }),
    ).toEqual({
      kind: "sandbox",
      name: "Sandbox",
      jobSeconds: null,
      failurePercent: 25,
      failureStatus: 500,
      latencyMs: 0,
      fineTuningClosed: false,
      fineTuningClosedAfter: null,
    });
  });

  it("reads the emulated fine-tuning cut-off: a checkbox and a first closed day", () => {
    const parsed = createConnectionSchema.parse({
      kind: "sandbox",
      name: "Sandbox",
      fineTuningClosed: "on",
      fineTuningClosedAfter: "2027-01-07",
    });
    expect(parsed).toMatchObject({ fineTuningClosed: true, fineTuningClosedAfter: new Date("2027-01-07T00:00:00Z") });
    expect(errors({ kind: "sandbox", name: "S", fineTuningClosedAfter: "7.1.2027" })).toEqual({
      fineTuningClosedAfter: { code: "invalidFormat" },
    });
  });

  it("refuses values outside the offered ranges", () => {
    expect(
      errors({
        kind: "sandbox",
        name: "S",
        jobSeconds: "7",
        failurePercent: "150",
        failureStatus: "418",
        latencyMs: "-1",
      }),
    ).toEqual({
      jobSeconds: { code: "invalidChoice" },
      failurePercent: { code: "tooHigh", params: { max: 100 } },
      failureStatus: { code: "invalidChoice" },
      latencyMs: { code: "tooLow", params: { min: 0 } },
    });
  });
});

describe("OpenAI-compatible and inference-only connections", () => {
  it("needs an address and, for a fine-tuning service, a key", () => {
    expect(errors({ kind: "compatible", name: "Llama Stack", baseUrl: "", apiKey: "" })).toEqual({
      baseUrl: { code: "invalidUrl" },
      apiKey: { code: "required" },
    });
    expect(
      createConnectionSchema.parse({
        kind: "compatible",
        name: "Gateway",
        baseUrl: "https://llm.example/v1",
        apiKey: "k",
      }),
    ).toEqual({ kind: "compatible", name: "Gateway", baseUrl: "https://llm.example/v1", apiKey: "k" });
  });

  it("lets a local chat server go without a key", () => {
    expect(
      createConnectionSchema.parse({ kind: "inference", name: "Ollama", baseUrl: "http://localhost:11434/v1" }),
    ).toEqual({ kind: "inference", name: "Ollama", baseUrl: "http://localhost:11434/v1", apiKey: null });
  });
});
