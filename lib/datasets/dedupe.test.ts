import { describe, expect, it } from "vitest";
import { findDuplicates, normaliseQuestion, questionOf } from "./dedupe";

const entries = (questions: string[]) =>
  questions.map((question, index) => ({ question, data: JSON.stringify({ question, index }) }));

describe("normaliseQuestion and questionOf", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(normaliseQuestion("  How do I RESET my password?!  ")).toBe("how do i reset my password");
    expect(normaliseQuestion("Größe — ﬁne?")).toBe("größe fine");
  });

  it("reads the first user message of a chat or of a DPO input", () => {
    const messages = [
      { role: "system", content: "Be brief." },
      { role: "user", content: [{ type: "text", text: "First?" }] },
      { role: "user", content: "Second?" },
    ];
    expect(questionOf({ messages })).toBe("First?");
    expect(questionOf({ input: { messages } })).toBe("First?");
    expect(questionOf({ messages: [] })).toBe("");
  });
});

describe("findDuplicates", () => {
  it("finds exact copies, keeping the first, and the same question written differently", () => {
    const copy = { question: "Where is my order?", data: '{"a":1}' };
    const result = findDuplicates([
      copy,
      { question: "Unrelated question about billing", data: '{"b":1}' },
      copy,
      { question: "where is my ORDER", data: '{"c":1}' },
      { question: "", data: '{"d":1}' },
      { question: "", data: '{"e":1}' },
    ]);
    expect(result.exact).toEqual([2]);
    expect(result.similar).toEqual([3]);
    expect(result.involved).toEqual(new Set([0, 2, 3]));
  });

  it("finds questions that differ by a word, but not different questions sharing words", () => {
    const result = findDuplicates(
      entries([
        "How can I change the shipping address of my pending order before it leaves the warehouse",
        "how can I change the shipping address of my pending order before it leaves the warehouse please",
        "How can I cancel the shipping of my pending order",
        "What is the refund policy for damaged electronics bought during the winter sale",
        "What is the refund policy for damaged electronics bought during the summer sale",
        "Which payment methods do you accept for international customers",
      ]),
    );
    expect(result.exact).toEqual([]);
    expect(result.similar).toEqual([1]);
    expect(result.involved).toEqual(new Set([0, 1]));
  });

  it("finds a near-duplicate among 50 000 examples", () => {
    const words = Array.from({ length: 20_000 }, (_, index) => `w${index.toString(36)}x`);
    let seed = 1;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    // Zipf-like: a few words are everywhere, most are rare, as in real questions.
    const word = () => words[Math.floor(words.length * random() ** 3)] ?? "";
    const questions = Array.from({ length: 50_000 }, () =>
      Array.from({ length: 6 + Math.floor(random() * 12) }, word).join(" "),
    );
    const long = questions.findIndex((question) => question.split(" ").length === 17);
    questions[49_999] = `${questions[long]} please`;
    const result = findDuplicates(entries(questions));
    expect(result.similar).toContain(49_999);
    expect(result.involved).toContain(long);
  }, 30_000);
});
