import { describe, expect, it } from "vitest";
import { countChatTokens, countTextTokens } from "@/lib/training-data/tokens";
import { type ChatCompletionChunk, chatCompletion, chatCompletionChunks, promptTokensOf } from "./completion";

const answer = {
  id: "chatcmpl-sandbox123",
  created: 1_760_000_000,
  model: "ft:gpt-4o-mini-2024-07-18:sandbox::abc12345",
  content: "Nach Österreich liefern wir in 3 bis 5 Werktagen 🚚. Größe passt? 👍🏽",
  promptTokens: 42,
};
const completionTokens = countTextTokens(answer.content);
const zeros = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, 0]));
const usage = {
  prompt_tokens: 42,
  completion_tokens: completionTokens,
  total_tokens: 42 + completionTokens,
  prompt_tokens_details: zeros("cached_tokens", "audio_tokens"),
  completion_tokens_details: zeros(
    "reasoning_tokens",
    "audio_tokens",
    "accepted_prediction_tokens",
    "rejected_prediction_tokens",
  ),
};
const contentOf = (chunks: ChatCompletionChunk[]) =>
  chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");

describe("chatCompletion", () => {
  it("is OpenAI's chat.completion object, with usage counted in o200k tokens", () => {
    expect(chatCompletion(answer)).toEqual({
      id: answer.id,
      object: "chat.completion",
      created: answer.created,
      model: answer.model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: answer.content, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: "stop",
        },
      ],
      usage,
      service_tier: "default",
      system_fingerprint: "fp_sandbox",
    });
  });
});

describe("chatCompletionChunks", () => {
  it("opens with the role, streams the content, and closes with the finish reason", () => {
    const chunks = chatCompletionChunks({ ...answer, includeUsage: false });
    const [first, ...rest] = chunks;
    const last = rest.pop();
    expect(first?.choices).toEqual([
      { index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null },
    ]);
    expect(last?.choices).toEqual([{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }]);
    for (const chunk of rest) {
      expect(Object.keys(chunk.choices[0]?.delta ?? {})).toEqual(["content"]);
      expect(chunk.choices[0]?.finish_reason).toBeNull();
    }
    expect(rest.length).toBeGreaterThan(10);
    expect(contentOf(chunks)).toBe(answer.content);
  });

  it("repeats the id, time, model and fingerprint in every chunk, and leaves usage out by default", () => {
    for (const chunk of chatCompletionChunks({ ...answer, includeUsage: false })) {
      expect(chunk).toMatchObject({
        id: answer.id,
        object: "chat.completion.chunk",
        created: answer.created,
        model: answer.model,
        service_tier: "default",
        system_fingerprint: "fp_sandbox",
      });
      expect(chunk).not.toHaveProperty("usage");
    }
  });

  it("with include_usage, sets usage to null and adds a last chunk without choices that carries it", () => {
    const chunks = chatCompletionChunks({ ...answer, includeUsage: true });
    const last = chunks.pop();
    expect(last).toMatchObject({ id: answer.id, object: "chat.completion.chunk", choices: [], usage });
    for (const chunk of chunks) expect(chunk.usage).toBeNull();
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe("stop");
    expect(contentOf(chunks)).toBe(answer.content);
  });

  it("streams an empty answer as role and finish only", () => {
    const chunks = chatCompletionChunks({ ...answer, content: "", includeUsage: true });
    expect(chunks).toHaveLength(3);
    expect(chunks.at(-1)?.usage).toMatchObject({ completion_tokens: 0, total_tokens: 42 });
  });
});

describe("promptTokensOf", () => {
  it("counts a conversation like the cookbook", () => {
    const messages = [
      { role: "system", content: "Du bist hilfsbereit." },
      { role: "user", content: "Wie lange dauert der Versand?" },
    ];
    expect(promptTokensOf(messages)).toBe(countChatTokens(messages));
    expect(promptTokensOf(messages)).toBeGreaterThan(9);
  });
});
