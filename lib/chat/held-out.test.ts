import { describe, expect, it } from "vitest";
import { firstSystemPrompt, heldOutExamples } from "./held-out";

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const system = (content: string) => ({ role: "system", content });
const user = (content: unknown) => ({ role: "user", content });
const assistant = (content: string) => ({ role: "assistant", content });

describe("heldOutExamples", () => {
  it("splits each example into its system prompt, earlier turns, last question and expected answer", () => {
    const jsonl = line({
      messages: [
        system("Be brief."),
        user("Hi"),
        assistant("Hello."),
        user("Is the  T-1000\nloud?"),
        assistant("Not very."),
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
      line({ input: { messages: [user("x")] }, preferred_output: [] }),
      line({ messages: [user("no answer")] }),
      line({ messages: [user([{ type: "text", text: "Parts" }]), assistant("ok")] }),
    ].join("");
    expect(heldOutExamples(jsonl).map((example) => [example.line, example.question])).toEqual([[4, "Parts"]]);
  });
});

describe("firstSystemPrompt", () => {
  it("is the first example's system message, or empty", () => {
    const withSystem = line({ messages: [system("S"), user("u")] });
    expect(firstSystemPrompt(withSystem + line({ messages: [] }))).toBe("S");
    expect(firstSystemPrompt(line({ messages: [user("u")] }))).toBe("");
    expect(firstSystemPrompt("")).toBe("");
  });
});
