import { describe, expect, it } from "vitest";
import { buildExampleIndex, findClosest, rankClosest } from "@/lib/text-similarity/similarity";
import { examplesFromJsonl } from "./examples";
import { trainedQuestionScore } from "./reply";
import { syntheticExamples } from "./synthetic";
import { supportJsonl, supportSystemPrompt } from "./test-examples";

const examples = examplesFromJsonl(supportJsonl);
const index = buildExampleIndex(examples);
const indexOf = (question: string) => examples.findIndex((example) => example.prompt === question);

describe("findClosest", () => {
  it("scores a trained question 1", () => {
    const match = findClosest(index, "Wie kann ich eine Bestellung zurückgeben?");
    expect(match?.index).toBe(0);
    expect(match?.score).toBeCloseTo(1, 5);
  });

  it.each([
    ["Wie kann ich meine Bestellung zurückgeben?", "Wie kann ich eine Bestellung zurückgeben?"],
    ["wie kann ich eine bestelung zurueckgeben", "Wie kann ich eine Bestellung zurückgeben?"],
    ["Bestellung zurückgeben, wie geht das?", "Wie kann ich eine Bestellung zurückgeben?"],
    ["Wie lang dauert Versand nach Österreich", "Wie lange dauert der Versand nach Österreich?"],
    ["WELCHE GRÖSSE SOLL ICH BEI WANDERSCHUHEN WÄHLEN", "Welche Größe soll ich bei Wanderschuhen wählen?"],
    ["Do you ship to the UK?", "Do you ship to the United Kingdom?"],
    ["how can i reset my pasword", "How do I reset my password?"],
    ["Is your sleeping bag good for winter?", "Is the down sleeping bag suitable for winter camping?"],
  ])("finds the trained question behind %j", (question, trained) => {
    const [best, second] = rankClosest(index, question, 2);
    expect(best?.index).toBe(indexOf(trained));
    expect(best?.score).toBeGreaterThan(trainedQuestionScore);
    expect(best?.score).toBeGreaterThan(2 * (second?.score ?? 0));
  });

  it.each([
    "Wie wird das Wetter morgen in Berlin?",
    "Schreib mir ein Gedicht über Katzen.",
    "Explain quantum entanglement in simple terms.",
    "What is the capital of France?",
    "Wie kann ich Python lernen?",
    "Kann ich das ändern?",
  ])("scores the unrelated %j low", (question) => {
    expect(findClosest(index, question)?.score ?? 0).toBeLessThan(trainedQuestionScore);
  });

  it("finds nothing for text without words, or in an empty index", () => {
    expect(findClosest(index, "?! 👍")).toBeNull();
    expect(findClosest(buildExampleIndex([]), "Wie kann ich eine Bestellung zurückgeben?")).toBeNull();
  });

  it("lets the question outweigh its context", () => {
    const match = findClosest(index, {
      question: "Wie lange dauert der Versand nach Österreich?",
      context: "Wie kann ich eine Bestellung zurückgeben?",
    });
    expect(match?.index).toBe(indexOf("Wie lange dauert der Versand nach Österreich?"));
  });

  it("uses the context to tell what a vague question is about", () => {
    const about = (context: string) => findClosest(index, { question: "Wie kann ich das machen?", context })?.index;
    expect(about("Ich will etwas zurückgeben.")).toBe(indexOf("Wie kann ich eine Bestellung zurückgeben?"));
    expect(about("Ich möchte meine Lieferadresse ändern.")).toBe(
      indexOf("Kann ich meine Lieferadresse nachträglich ändern?"),
    );
  });

  it("ignores context the training prompts never saw, such as a system prompt left out of them", () => {
    const question = "Wie kann ich meine Bestellung zurückgeben?";
    const withSystem = findClosest(index, { question, context: supportSystemPrompt });
    expect(withSystem?.index).toBe(0);
    expect(withSystem?.score).toBeGreaterThan(trainedQuestionScore);
  });
});

describe("rankClosest", () => {
  it("lists at most `limit` matches, best first", () => {
    const ranked = rankClosest(index, "Kann ich meine Bestellung ändern oder zurückgeben?", 3);
    expect(ranked).toHaveLength(3);
    expect(ranked.map((match) => match.score)).toEqual(ranked.map((match) => match.score).sort((a, b) => b - a));
    for (const { score } of ranked) expect(score).toBeGreaterThan(0);
  });
});

describe("an index over many examples", () => {
  it("still finds each example from a reworded prompt", () => {
    const many = syntheticExamples(5000);
    const large = buildExampleIndex(many);
    for (let i = 0; i < many.length; i += 250) {
      const words = many[i]?.prompt.split(" ") ?? [];
      const reworded = [...words.slice(1), words[0]].join(" ").replace(/e/, "a");
      expect(findClosest(large, reworded)?.index).toBe(i);
    }
  });
});
