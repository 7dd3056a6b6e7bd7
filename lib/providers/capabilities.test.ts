import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { detectCapabilities } from "./capabilities";

type Reply = { status: number; body: unknown };

/** A real SDK client whose HTTP calls are answered per path, so the SDK's own error classes are exercised. */
function clientAnswering(replies: Record<string, Reply | "network">) {
  const asked: string[] = [];
  const fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const path = url.pathname.replace(/^\/v1/, "");
    asked.push(path);
    const reply = replies[path];
    if (reply === "network") throw new TypeError("fetch failed");
    const { status, body } = reply ?? { status: 404, body: { error: { message: "Not found" } } };
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  const client = new OpenAI({ apiKey: "test", baseURL: "http://service.test/v1", fetch, maxRetries: 0 });
  return { client, asked };
}

const models = {
  status: 200,
  body: {
    object: "list",
    data: ["gpt-4o-mini-2024-07-18", "llama-3.1-8b-instruct", "text-embedding-3-small", "whisper-1"].map((id) => ({
      id,
      object: "model",
      created: 0,
      owned_by: "x",
    })),
  },
};
const jobs = { status: 200, body: { object: "list", data: [], has_more: false } };

describe("detectCapabilities", () => {
  it("finds the fine-tuning API and counts only chat models", async () => {
    const { client } = clientAnswering({ "/models": models, "/fine_tuning/jobs": jobs });
    expect(await detectCapabilities(client, { probeFineTuning: true })).toEqual({
      modelCount: 4,
      chatModels: 2,
      fineTuning: true,
    });
  });

  it.each([404, 405, 403, 401])("says no fine-tuning when the jobs list answers %i", async (status) => {
    const { client } = clientAnswering({ "/models": models, "/fine_tuning/jobs": { status, body: { error: {} } } });
    expect((await detectCapabilities(client, { probeFineTuning: true })).fineTuning).toBe(false);
  });

  it("leaves the answer open when the jobs list fails for another reason", async () => {
    const { client } = clientAnswering({ "/models": models, "/fine_tuning/jobs": { status: 503, body: {} } });
    expect((await detectCapabilities(client, { probeFineTuning: true })).fineTuning).toBeNull();
    const { client: offline } = clientAnswering({ "/models": models, "/fine_tuning/jobs": "network" });
    expect((await detectCapabilities(offline, { probeFineTuning: true })).fineTuning).toBeNull();
  });

  it("does not probe fine-tuning for a chat-only connection", async () => {
    const { client, asked } = clientAnswering({ "/models": models });
    expect(await detectCapabilities(client, { probeFineTuning: false })).toEqual({
      modelCount: 4,
      chatModels: 2,
      fineTuning: null,
    });
    expect(asked).toEqual(["/models"]);
  });

  it("fails as the models list fails: such a service cannot be used", async () => {
    const { client } = clientAnswering({ "/models": { status: 401, body: { error: { message: "bad key" } } } });
    await expect(detectCapabilities(client, { probeFineTuning: true })).rejects.toBeInstanceOf(
      OpenAI.AuthenticationError,
    );
  });
});
