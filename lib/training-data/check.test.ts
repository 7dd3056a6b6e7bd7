import { describe, expect, it } from "vitest";
import { checkExample } from "./check";
import { EXAMPLE_ISSUE_CODES, type ExampleIssue } from "./issues";
import { countChatTokens, countTextTokens } from "./tokens";

const supervised = { method: "supervised", model: "gpt-4o-mini-2024-07-18" } as const;
const dpo = { method: "dpo", model: "gpt-4.1-mini-2025-04-14" } as const;
const vision = { method: "supervised", model: "gpt-4o-2024-08-06" } as const;
type Options = Parameters<typeof checkExample>[1];

const user = { role: "user", content: "What is the capital of France?" };
const assistant = { role: "assistant", content: "Paris." };
const image = (url = "https://example.com/cat.png") => ({ type: "image_url", image_url: { url } });
const chat = (messages: unknown[], extra: Record<string, unknown> = {}) => ({ messages, ...extra });
const preference = (overrides: Record<string, unknown> = {}) => ({
  input: { messages: [user] },
  preferred_output: [{ role: "assistant", content: "Paris, on the Seine." }],
  non_preferred_output: [{ role: "assistant", content: "Lyon." }],
  ...overrides,
});
const inMessage = (message: number) => ({ severity: "error", message, field: "messages" }) as const;
const longAnswer = "word ".repeat(5_000);

// One case per code: the example, how it is checked, and the issue it must produce (exactly).
const CASES: Array<[ExampleIssue["code"], unknown, Options, Omit<ExampleIssue, "code">]> = [
  ["notObject", ["not", "an", "object"], supervised, { severity: "error" }],
  [
    "unknownExampleKey",
    chat([user, assistant], { temperature: 1 }),
    supervised,
    { severity: "error", params: { key: "temperature" } },
  ],
  ["unknownDpoKey", { ...preference(), messages: [user] }, dpo, { severity: "error", params: { key: "messages" } }],
  ["messagesEmpty", chat([]), supervised, { severity: "error", field: "messages" }],
  ["inputNotObject", preference({ input: "Hi" }), dpo, { severity: "error", field: "input" }],
  [
    "unknownInputKey",
    preference({ input: { messages: [user], prompt: "Hi" } }),
    dpo,
    { severity: "error", field: "input", params: { key: "prompt" } },
  ],
  ["inputMessagesEmpty", preference({ input: {} }), dpo, { severity: "error", field: "input.messages" }],
  [
    "outputEmpty",
    preference({ preferred_output: [] }),
    dpo,
    { severity: "error", field: "preferred_output", params: { output: "preferred" } },
  ],
  ["messageNotObject", chat([user, "Paris.", assistant]), supervised, inMessage(2)],
  ["roleMissing", chat([{ content: "Hi" }, assistant]), supervised, inMessage(1)],
  [
    "roleUnknown",
    chat([user, { role: "robot", content: "Boop." }]),
    supervised,
    {
      severity: "error",
      message: 2,
      field: "messages",
      params: { role: '"robot"', allowed: "system, developer, user, assistant, tool, function" },
    },
  ],
  [
    "unknownMessageKey",
    chat([user, { ...assistant, score: 3 }]),
    supervised,
    { severity: "error", message: 2, field: "messages", params: { key: "score" } },
  ],
  ["contentMissing", chat([{ role: "user", content: "" }, assistant]), supervised, inMessage(1)],
  ["assistantContentMissing", chat([user, { role: "assistant" }]), supervised, inMessage(2)],
  ["contentInvalid", chat([{ role: "user", content: 42 }, assistant]), supervised, inMessage(1)],
  [
    "contentPartInvalid",
    chat([{ role: "user", content: [{ type: "text", text: "Hi" }, { type: "audio" }] }, assistant]),
    supervised,
    { severity: "error", message: 1, field: "messages", params: { part: 2 } },
  ],
  [
    "imageNotAllowed",
    chat([user, { role: "assistant", content: [image()] }]),
    vision,
    { severity: "error", message: 2, field: "messages", params: { part: 1 } },
  ],
  [
    "imageUrlInvalid",
    chat([
      { role: "user", content: [{ type: "text", text: "What is this?" }, image("http://example.com/cat.gif")] },
      assistant,
    ]),
    vision,
    { severity: "error", message: 1, field: "messages", params: { part: 2 } },
  ],
  [
    "imageInDpo",
    preference({ input: { messages: [{ role: "user", content: [image()] }] } }),
    dpo,
    { severity: "error", message: 1, field: "input.messages", params: { part: 1 } },
  ],
  ["nameInvalid", chat([{ ...user, name: 5 }, assistant]), supervised, inMessage(1)],
  ["weightNotAssistant", chat([{ ...user, weight: 1 }, assistant]), supervised, inMessage(1)],
  ["weightInvalid", chat([user, { ...assistant, weight: 0.5 }]), supervised, inMessage(2)],
  ["toolCallsNotAssistant", chat([{ ...user, tool_calls: [] }, assistant]), supervised, inMessage(1)],
  ["toolCallsInvalid", chat([user, { role: "assistant", tool_calls: [{ id: "call_1" }] }]), supervised, inMessage(2)],
  [
    "functionCallNotAssistant",
    chat([{ ...user, function_call: { name: "f", arguments: "{}" } }, assistant]),
    supervised,
    inMessage(1),
  ],
  ["functionCallInvalid", chat([user, { role: "assistant", function_call: { name: "f" } }]), supervised, inMessage(2)],
  ["toolCallIdMissing", chat([user, { role: "tool", content: "21:04" }, assistant]), supervised, inMessage(2)],
  ["toolCallIdNotTool", chat([{ ...user, tool_call_id: "call_1" }, assistant]), supervised, inMessage(1)],
  ["refusalInvalid", chat([user, { ...assistant, refusal: 1 }]), supervised, inMessage(2)],
  [
    "outputRoleInvalid",
    preference({ non_preferred_output: [{ role: "user", content: "No." }] }),
    dpo,
    {
      severity: "error",
      message: 1,
      field: "non_preferred_output",
      params: { role: '"user"', output: "non_preferred" },
    },
  ],
  [
    "toolsInvalid",
    chat([user, assistant], { tools: [{ type: "function" }] }),
    supervised,
    { severity: "error", field: "tools" },
  ],
  [
    "parallelToolCallsInvalid",
    chat([user, assistant], { parallel_tool_calls: "yes" }),
    supervised,
    { severity: "error", field: "parallel_tool_calls" },
  ],
  [
    "functionsInvalid",
    chat([user, assistant], { functions: [{}] }),
    supervised,
    { severity: "error", field: "functions" },
  ],
  ["noAssistantMessage", chat([user]), supervised, { severity: "error" }],
  ["allWeightsZero", chat([user, { ...assistant, weight: 0 }]), supervised, { severity: "error" }],
  [
    "outputNoAssistant",
    preference({ preferred_output: [{ role: "tool", tool_call_id: "call_1", content: "21:04" }] }),
    dpo,
    { severity: "error", field: "preferred_output", params: { output: "preferred" } },
  ],
  [
    "assistantAnswerEmpty",
    chat([user, { role: "assistant", content: " \n " }]),
    supervised,
    { severity: "warning", message: 2, field: "messages" },
  ],
  [
    "assistantAnswerLong",
    chat([user, { role: "assistant", content: longAnswer }]),
    supervised,
    { severity: "warning", message: 2, field: "messages", params: { tokens: countTextTokens(longAnswer), max: 4_000 } },
  ],
  [
    "exampleTooLong",
    chat([user, { role: "assistant", content: "word ".repeat(20_000) }]),
    { method: "supervised", model: "gpt-3.5-turbo-0125" },
    {
      severity: "warning",
      params: {
        tokens: countChatTokens([user, { role: "assistant", content: "word ".repeat(20_000) }]),
        limit: 16_385,
      },
    },
  ],
  ["noUserMessage", chat([{ role: "system", content: "Be brief." }, assistant]), supervised, { severity: "warning" }],
  [
    "inputNotEndingWithUser",
    preference({ input: { messages: [user, assistant] } }),
    dpo,
    { severity: "warning", field: "input.messages" },
  ],
  [
    "outputsIdentical",
    preference({ non_preferred_output: [{ role: "assistant", content: "Paris, on the Seine." }] }),
    dpo,
    { severity: "warning" },
  ],
  [
    "imagesNeedVisionModel",
    chat([{ role: "user", content: [image()] }, assistant]),
    supervised,
    { severity: "warning", params: { model: "gpt-4o-mini-2024-07-18" } },
  ],
  [
    "tooManyImages",
    chat([{ role: "user", content: Array.from({ length: 11 }, () => image()) }, assistant]),
    vision,
    { severity: "warning", params: { count: 11, max: 10 } },
  ],
];

describe("checkExample: one test per issue code", () => {
  it("has a case for every code it reports", () => {
    // sensitiveData comes from the dataset studio's own check (lib/datasets/sensitive-data.ts), tested there.
    const reported = EXAMPLE_ISSUE_CODES.filter((code) => code !== "sensitiveData");
    expect(CASES.map(([code]) => code).sort()).toEqual([...reported].sort());
  });

  it.each(CASES)("%s", (code, value, options, expected) => {
    expect(checkExample(value, options).issues).toContainEqual({ code, ...expected });
  });
});

describe("checkExample", () => {
  it("finds nothing wrong with a well-formed example and counts its tokens like the cookbook", () => {
    const messages = [{ role: "system", content: "Be brief." }, user, assistant];
    expect(checkExample(chat(messages), supervised)).toEqual({ issues: [], tokens: countChatTokens(messages) });
    expect(checkExample(preference(), dpo).issues).toEqual([]);
  });

  it("returns every problem, errors in OpenAI's order before warnings", () => {
    const value = chat([{ role: "user", content: "" }, { role: "robot" }, { role: "assistant", content: " " }], {
      seed: 1,
    });
    expect(checkExample(value, supervised).issues.map(({ code, message }) => [code, message])).toEqual([
      ["unknownExampleKey", undefined],
      ["contentMissing", 1],
      ["roleUnknown", 2],
      ["assistantAnswerEmpty", 3],
    ]);
  });

  it("counts the tokens it can read of a broken example", () => {
    const { tokens } = checkExample(chat([user, "oops"]), supervised);
    expect(tokens).toBe(countChatTokens([user]));
  });

  it("bills the input and the preferred answer of a preference example, not the other answer", () => {
    const short = checkExample(preference(), dpo).tokens;
    const long = checkExample(preference({ non_preferred_output: [{ role: "assistant", content: longAnswer }] }), dpo);
    expect(long.tokens).toBe(short);
    expect(long.issues).toContainEqual(
      expect.objectContaining({ code: "assistantAnswerLong", field: "non_preferred_output" }),
    );
  });

  it("takes images in user messages on vision models, from https and JPEG/PNG/WEBP data URIs", () => {
    const content = [image(), image("data:image/webp;base64,AAAA"), { type: "text", text: "Which is a cat?" }];
    expect(checkExample(chat([{ role: "user", content }, assistant]), vision).issues).toEqual([]);
  });
});
