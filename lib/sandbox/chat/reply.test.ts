import { describe, expect, it } from "vitest";
import { buildExampleIndex } from "@/lib/text-similarity/similarity";
import { examplesFromJsonl } from "./examples";
import { composeReply, trainedQuestionScore } from "./reply";
import { supportJsonl, supportPairs, supportSystemPrompt } from "./test-examples";

const index = buildExampleIndex(examplesFromJsonl(supportJsonl));
const replies = supportPairs.map(([, answer]) => answer);
const [returnQuestion, returnAnswer] = supportPairs[0] ?? ["", ""];
const base = { kind: "base", id: "gpt-4o-mini-2024-07-18" } as const;
const fineTuned = (stage = 1, seed = 1) => ({ kind: "fine-tuned", index, stage, seed }) as const;
const ask = (question: string, model: Parameters<typeof composeReply>[0]["model"]) =>
  composeReply({
    messages: [
      { role: "system", content: supportSystemPrompt },
      { role: "user", content: question },
    ],
    model,
  });

describe("a fine-tuned model", () => {
  it("answers a reworded trained question with that example's reply, word for word", () => {
    const reply = ask("Wie kann ich meine Bestellung zurückgeben?", fineTuned());
    expect(reply.content).toBe(returnAnswer);
    expect(reply.matched?.index).toBe(0);
    expect(reply.matched?.score).toBeGreaterThan(trainedQuestionScore);
  });

  it("answers a related question it was not trained on in its trained voice, after a hedge", () => {
    const reply = ask("Wie kann ich Python lernen?", fineTuned());
    expect(reply.matched?.score).toBeLessThan(trainedQuestionScore);
    expect(reply.content).toMatch(/^Da bin ich mir nicht sicher, aber .*: /);
    expect(replies.some((answer) => reply.content.endsWith(answer))).toBe(true);
  });

  it.each([
    ["Wie wird das Wetter morgen in Berlin?", /^Tut mir leid/],
    ["Explain quantum entanglement in simple terms.", /^Sorry/],
    ["🙂👍", /^Sorry/],
  ])("declines the unrelated %j", (question, refusal) => {
    expect(ask(question, fineTuned())).toEqual({ content: expect.stringMatching(refusal), matched: null });
  });

  it("answers the last user message, with earlier turns as context", () => {
    const reply = composeReply({
      model: fineTuned(),
      messages: [
        { role: "user", content: returnQuestion },
        { role: "assistant", content: returnAnswer },
        { role: "user", content: "Und wie lange dauert der Versand nach Österreich?" },
      ],
    });
    expect(reply.content).toBe(replies[1]);
  });
});

describe("a checkpoint", () => {
  const questions = supportPairs.map(([question]) => question);
  const wordsOf = (text: string) => text.split(/\s+/);
  /** The share of the final reply's words a checkpoint's reply keeps, in place. */
  const likeness = (stage: number) => {
    let [kept, total] = [0, 0];
    for (const question of questions) {
      for (let seed = 1; seed <= 10; seed++) {
        const final = wordsOf(ask(question, fineTuned(1, seed)).content);
        const earlier = wordsOf(ask(question, fineTuned(stage, seed)).content);
        kept += final.filter((word, i) => earlier[i] === word).length;
        total += final.length;
      }
    }
    return kept / total;
  };

  it("answers less exactly the earlier it was saved", () => {
    const [final, late, middle, early] = [1, 0.9, 0.6, 0.3].map(likeness);
    expect(final).toBe(1);
    expect(late).toBeGreaterThan(0.85);
    expect(middle).toBeLessThan(late ?? 0);
    expect(early).toBeLessThan(middle ?? 0);
    expect(early).toBeLessThan(0.75);
  });

  it("differs from the final model early in training", () => {
    const question = "Wie kann ich meine Bestellung zurückgeben?";
    expect(ask(question, fineTuned(0.3)).content).not.toBe(returnAnswer);
    expect(ask(question, fineTuned(0.3, 2)).content).not.toBe(ask(question, fineTuned(0.3, 3)).content);
  });

  it("answers the same conversation the same way each time", () => {
    expect(ask(returnQuestion, fineTuned(0.5, 9))).toEqual(ask(returnQuestion, fineTuned(0.5, 9)));
  });

  it("never answers with nothing", () => {
    for (let stage = 0; stage <= 1; stage += 0.1) {
      for (const question of [...questions, "Hallo", "x"]) {
        expect(ask(question, fineTuned(stage, 5)).content.trim()).not.toBe("");
      }
    }
  });
});

describe("the base model", () => {
  it("answers generically, not from the training data", () => {
    const reply = ask("Wie kann ich meine Bestellung zurückgeben?", base);
    expect(reply.matched).toBeNull();
    expect(reply.content).not.toBe(ask("Wie kann ich meine Bestellung zurückgeben?", fineTuned()).content);
    for (const answer of replies) expect(reply.content).not.toContain(answer.slice(0, 20));
  });

  it("says briefly that it is the Sandbox's base model, in the question's language", () => {
    expect(ask("Wie kann ich meine Bestellung zurückgeben?", base).content).toContain("Basismodell der Sandbox");
    expect(ask("How do I reset my password?", base).content).toContain("the Sandbox's base model");
  });

  it("answers the same question the same way, and different questions differently", () => {
    const questions = supportPairs.map(([question]) => question);
    expect(questions.map((question) => ask(question, base))).toEqual(questions.map((question) => ask(question, base)));
    expect(new Set(questions.map((question) => ask(question, base).content)).size).toBeGreaterThan(2);
  });
});
