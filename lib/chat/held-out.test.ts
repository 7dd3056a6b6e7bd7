import { describe, expect, it } from "vitest";
import { firstSystemPrompt, heldOutExamples } from "./held-out";

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

describe("heldOutExamples", () => {
  it("splits each example into its system prompt, earlier turns, last question and expected answer", () => {
    const jsonl = line({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello." },
        { role: "user", content: "Is the  T-1000\nloud?" },
        { role: "assistant", content: "Not very." },
      ],
    });
    const [example] = heldOutExamples(jsonl);
    expect(example).toMatchObject({
      line: 1,
      label: "Is the T-1000 loud?",
      systemPrompt: "Be brief.",
      question: "Is the  T-1000\nloud?",
      answer: "Not very.",
    });
    expect(example?.history).toEqual([
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello.", metrics: null, rating: null, error: null, stopped: false },
    ]);
  });

  it("reads content parts, and skips broken lines, DPO examples and examples without an answer", () => {
    const jsonl = [
      "not json\n",
      line({ input: { messages: [{ role: "user", content: "x" }] }, preferred_output: [] }),
      line({ messages: [{ role: "user", content: "no answer" }] }),
      line({
        messages: [
          { role: "user", content: [{ type: "text", text: "Parts" }] },
          { role: "assistant", content: "ok" },
        ],
      }),
    ].join("");
    expect(heldOutExamples(jsonl).map((example) => [example.line, example.question])).toEqual([[4, "Parts"]]);
  });
});

describe("firstSystemPrompt", () => {
  it("is the first example's system message, or empty", () => {
    const withSystem = line({
      messages: [
        { role: "system", content: "S" },
        { role: "user", content: "u" },
      ],
    });
    expect(firstSystemPrompt(withSystem + line({ messages: [] }))).toBe("S");
    expect(firstSystemPrompt(line({ messages: [{ role: "user", content: "u" }] }))).toBe("");
    expect(firstSystemPrompt("")).toBe("");
  });
});
