import OpenAI, { toFile } from "openai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { logger } from "@/lib/logger";
import { OutboundBlockedError } from "@/lib/outbound/check";
import { localServer } from "@/lib/test-server";
import { createProviderClient } from "./client";
import { classifyProviderError } from "./errors";
import { connectionAt } from "./test-fixtures";

/** A server that answers every request with a redirect to cloud metadata, except /v1/ok/models. */
let requests = 0;

const server = localServer((request, response) => {
  requests++;
  if (request.url === "/v1/ok/files") {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      const file = { id: "file-1", object: "file", bytes: body.length, created_at: 0, filename: "train.jsonl" };
      response.end(JSON.stringify({ ...file, purpose: "fine-tune", status: "processed", received: body }));
    });
    return;
  }
  if (request.url === "/v1/ok/models") {
    response.writeHead(200, { "content-type": "application/json" });
    return response.end(JSON.stringify({ object: "list", data: [] }));
  }
  response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" });
  response.end();
});
afterEach(() => {
  delete process.env.PRIVATE_NETWORK_PROVIDERS;
  resetEnvCache();
});

const inference = (baseUrl: string) => createProviderClient(connectionAt("inference", baseUrl), { maxRetries: 0 });

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
  expect((error as Error).cause).toBeInstanceOf(OutboundBlockedError);
  return classifyProviderError(error);
}

describe("provider clients go through the outbound guard", () => {
  it("refuse a redirect to cloud metadata with the typed error", async () => {
    expect(await failure(inference(`${server.origin}/v1`).models.list())).toEqual({
      reason: "blocked",
      retryable: false,
      blocked: { rule: "redirectToOtherHost", host: "169.254.169.254" },
    });
  });

  it("refuse cloud metadata itself", async () => {
    expect(await failure(inference("http://169.254.169.254/v1").models.list())).toMatchObject({
      blocked: { rule: "metadata", host: "169.254.169.254" },
    });
  });

  it("reach a local server unless private networks are denied", async () => {
    await expect(inference(`${server.origin}/v1/ok`).models.list()).resolves.toBeDefined();
    process.env.PRIVATE_NETWORK_PROVIDERS = "deny";
    resetEnvCache();
    const before = requests;
    expect(await failure(inference(`${server.origin}/v1/ok`).models.list())).toMatchObject({
      blocked: { rule: "privateNetwork", host: "127.0.0.1" },
    });
    expect(requests).toBe(before);
  });

  it("upload files as multipart through the guard, with nothing refused on the way", async () => {
    const warn = vi.spyOn(logger, "warn");
    const file = await toFile(Buffer.from('{"messages":[]}\n'), "train.jsonl", { type: "application/jsonl" });
    const created = await inference(`${server.origin}/v1/ok`).files.create({ file, purpose: "fine-tune" });
    expect((created as unknown as { received: string }).received).toContain('filename="train.jsonl"');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
