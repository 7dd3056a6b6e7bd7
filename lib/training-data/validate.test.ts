import { describe, expect, it } from "vitest";
import { validateTrainingFile } from "./validate";

const CHAT_FILE = `{"messages":[{"role":"system","content":"You are Marv, a sarcastic assistant."},{"role":"user","content":"What is the capital of France?"},{"role":"assistant","content":"Paris, as if everyone doesn't know that already."}]}
{"messages":[{"role":"system","content":"You are Marv, a sarcastic assistant."},{"role":"user","content":"Who wrote Romeo and Juliet?"},{"role":"assistant","content":"Oh, just some guy named William Shakespeare. Ever heard of him?"}]}
{"messages":[{"role":"system","content":"You are Marv, a sarcastic assistant."},{"role":"user","content":"How far is the Moon from Earth?"},{"role":"assistant","content":"Around 384,400 kilometers. Give or take a few, like that really matters."}]}
{"messages":[{"role":"user","content":"What is 2 + 2?"},{"role":"assistant","content":"4. Brace yourself for the next one."}]}
{"messages":[{"role":"user","content":"Can you tell me a joke?"},{"role":"assistant","content":"Your question. That was the joke."}]}
{"messages":[{"role":"user","content":"What is the boiling point of water?"},{"role":"assistant","content":"100 °C at sea level. Groundbreaking, I know."}]}
{"messages":[{"role":"user","content":"Who painted the Mona Lisa?"},{"role":"assistant","content":"Leonardo da Vinci, between naps, presumably."}]}
{"messages":[{"role":"user","content":"Is it going to rain?","name":"sam"},{"role":"assistant","content":"Check a window. Or a weather app. Either works."}]}
{"messages":[{"role":"user","content":"What time is it in Tokyo?"},{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"time_in","arguments":"{\\"city\\":\\"Tokyo\\"}"}}]},{"role":"tool","tool_call_id":"call_1","content":"21:04"},{"role":"assistant","content":"21:04. You could have asked your phone."}],"tools":[{"type":"function","function":{"name":"time_in","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}]}
{"messages":[{"role":"user","content":"Thanks!"},{"role":"assistant","content":"Don't mention it. Really.","weight":1}]}
`;

const lines = CHAT_FILE.trimEnd().split("\n");
const withLine = (lineNumber: number, replacement: string) =>
  lines.map((line, index) => (index === lineNumber - 1 ? replacement : line)).join("\n");
const supervised = { method: "supervised", model: "gpt-4o-mini-2024-07-18", purpose: "training" } as const;

function errorOf(text: string, options: Parameters<typeof validateTrainingFile>[1] = supervised) {
  const report = validateTrainingFile(text, options);
  if (report.ok) throw new Error("expected the file to be refused");
  return report.error;
}

describe("validateTrainingFile: supervised chat files", () => {
  it("accepts a well-formed file of 10 examples and counts its billing tokens", () => {
    const report = validateTrainingFile(CHAT_FILE, supervised);
    expect(report).toMatchObject({ ok: true, examples: 10, examplesOverLimit: 0, tokenLimit: 65_536 });
    expect(report.ok && report.billingTokens).toBeGreaterThan(200);
  });

  it("accepts a BOM, CRLF line ends and blank lines, counting the same examples", () => {
    const text = `\uFEFF${lines.slice(0, 5).join("\r\n")}\r\n\r\n${lines.slice(5).join("\r\n")}\r\n`;
    expect(validateTrainingFile(text, supervised)).toEqual(validateTrainingFile(CHAT_FILE, supervised));
  });

  it("names the line that is not JSON", () => {
    const error = errorOf(withLine(3, "this is not json"));
    expect(error).toMatchObject({ code: "invalid_training_file", param: "training_file", line: 3 });
    expect(error.message).toMatch(/^The job failed due to an invalid training file\. Line 3 is not valid JSON: \S/);
  });

  it("refuses an example without an assistant message", () => {
    const error = errorOf(withLine(4, '{"messages":[{"role":"user","content":"Hello?"}]}'));
    expect(error.line).toBe(4);
    expect(error.message).toContain("Line 4: the example has no assistant message to learn from.");
  });

  it("refuses an example whose assistant messages all have weight 0", () => {
    const line = '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hey","weight":0}]}';
    expect(errorOf(withLine(2, line)).message).toContain("Line 2: every assistant message has weight 0");
  });

  it("refuses an unknown role, naming the line and the message", () => {
    const line = '{"messages":[{"role":"user","content":"Beep?"},{"role":"robot","content":"Boop."}]}';
    const error = errorOf(withLine(5, line));
    expect(error.line).toBe(5);
    expect(error.message).toContain('Line 5, message 2: role "robot" is not one of system, developer, user, assistant');
  });

  it("refuses 9 examples with a file-level error", () => {
    const error = errorOf(lines.slice(0, 9).join("\n"));
    expect(error).toMatchObject({ code: "invalid_training_file", line: null });
    expect(error.message).toContain("The training file has 9 examples, but at least 10 are required.");
  });

  it("reports the first problem, even in a file that is also too short", () => {
    expect(errorOf(`${lines[0]}\n{"messages":[]}\n`).message).toContain("Line 2: messages must be a non-empty array.");
  });

  it("refuses an empty file", () => {
    expect(errorOf("\n  \n").message).toContain("The training file has no examples.");
  });

  it.each([
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hey"}],"temperature":1}',
      'unknown key "temperature"',
    ],
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hey","score":3}]}',
      'message 2: unknown key "score"',
    ],
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hey","weight":0.5}]}',
      "message 2: weight must be 0 or 1.",
    ],
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant"}]}',
      "message 2: the assistant message has no content, tool_calls or function_call.",
    ],
    [
      '{"messages":[{"role":"user","content":42},{"role":"assistant","content":"Hey"}]}',
      "message 1: content must be a string or an array",
    ],
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"tool","content":"x"},{"role":"assistant","content":"Hey"}]}',
      "message 2: a tool message needs a tool_call_id.",
    ],
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"}}]}]}',
      "message 2: content part 1: only user messages may contain images.",
    ],
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hey"}],"tools":[{"type":"function"}]}',
      "tools must be an array",
    ],
    [
      '{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hey"}],"parallel_tool_calls":"yes"}',
      "parallel_tool_calls must be true or false.",
    ],
    ['["not", "an", "object"]', "the example is not a JSON object."],
  ])("refuses %s", (line, problem) => {
    const error = errorOf(withLine(7, line));
    expect(error.message).toContain(`Line 7`);
    expect(error.message).toContain(problem);
  });

  it("accepts images in user messages, refusals and null optional fields", () => {
    const line =
      '{"messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA","detail":"low"}}]},{"role":"assistant","content":"A cat.","tool_calls":null,"refusal":null}]}';
    expect(validateTrainingFile(withLine(6, line), supervised)).toMatchObject({ ok: true, examples: 10 });
  });

  it("calls problems in a validation file by its name and needs no minimum size", () => {
    const options = { ...supervised, purpose: "validation" } as const;
    expect(validateTrainingFile(lines.slice(0, 2).join("\n"), options)).toMatchObject({ ok: true, examples: 2 });
    const error = errorOf("{", options);
    expect(error).toMatchObject({ code: "invalid_validation_file", param: "validation_file", line: 1 });
    expect(error.message).toMatch(/^The job failed due to an invalid validation file\. Line 1 /);
  });

  it("truncates over-long examples to the model's limit instead of refusing them", () => {
    const long = JSON.stringify({
      messages: [
        { role: "user", content: "Summarise this." },
        { role: "assistant", content: "word ".repeat(20_000) },
      ],
    });
    const text = withLine(1, long);
    const nano = validateTrainingFile(text, { ...supervised, model: "ft:gpt-4.1-nano-2025-04-14:org:demo:abc12345" });
    const gpt35 = validateTrainingFile(text, { ...supervised, model: "gpt-3.5-turbo-0125" });
    const gpt4o = validateTrainingFile(text, { ...supervised, model: "gpt-4o-2024-08-06" });
    expect(nano).toMatchObject({ ok: true, tokenLimit: 32_768, examplesOverLimit: 0 });
    expect(gpt35).toMatchObject({ ok: true, tokenLimit: 16_385, examplesOverLimit: 1 });
    expect(gpt4o).toMatchObject({ ok: true, tokenLimit: 65_536, examplesOverLimit: 0 });
    const rest = validateTrainingFile(lines.slice(1).join("\n"), { ...supervised, purpose: "validation" });
    if (!gpt35.ok || !gpt4o.ok || !rest.ok) throw new Error("expected valid files");
    expect(gpt35.billingTokens).toBe(16_385 + rest.billingTokens);
    expect(gpt4o.billingTokens).toBeGreaterThan(20_000 + rest.billingTokens);
  });
});

describe("validateTrainingFile: preference (DPO) files", () => {
  const dpo = { method: "dpo", model: "gpt-4.1-mini-2025-04-14", purpose: "training" } as const;
  const example = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      input: { messages: [{ role: "user", content: "Hello, can you tell me how cold San Francisco is today?" }] },
      preferred_output: [{ role: "assistant", content: "Today in San Francisco it is 14 °C and foggy." }],
      non_preferred_output: [{ role: "assistant", content: "It is cold." }],
      ...overrides,
    });
  const file = (line: string) => [line, ...Array.from({ length: 9 }, () => example())].join("\n");

  it("accepts both the *_output and the older *_completion field names", () => {
    expect(validateTrainingFile(file(example()), dpo)).toMatchObject({ ok: true, examples: 10 });
    const older = JSON.stringify({
      input: { messages: [{ role: "user", content: "Hi" }] },
      preferred_completion: [{ role: "assistant", content: "Hello! How can I help?" }],
      non_preferred_completion: [{ role: "assistant", content: "What." }],
    });
    expect(validateTrainingFile(file(older), dpo)).toMatchObject({ ok: true, examples: 10 });
  });

  it("bills the input and the preferred answer, not the other answer", () => {
    const longer = example({ non_preferred_output: [{ role: "assistant", content: "It is cold. ".repeat(50) }] });
    const base = validateTrainingFile(file(example()), dpo);
    expect(validateTrainingFile(file(longer), dpo)).toEqual(base);
  });

  it.each([
    [example({ preferred_output: [] }), "Line 1: preferred_output must be a non-empty array."],
    [
      example({ non_preferred_output: [{ role: "user", content: "No" }] }),
      'Line 1, non_preferred_output message 1: role "user" is not allowed',
    ],
    [example({ input: { prompt: "Hi" } }), 'Line 1, input: unknown key "prompt"'],
    [example({ input: {} }), "Line 1: input.messages must be a non-empty array."],
    [JSON.stringify({ messages: [{ role: "user", content: "Hi" }] }), 'Line 1: unknown key "messages"'],
  ])("refuses %s", (line, problem) => {
    const report = validateTrainingFile(file(line), dpo);
    expect(report.ok || report.error.message).toContain(problem);
  });
});
