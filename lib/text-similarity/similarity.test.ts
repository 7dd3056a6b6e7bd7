import { describe, expect, it } from "vitest";
import { buildExampleIndex, findClosest, rankClosest } from "./similarity";

const examples = [
  { prompt: "How do I reset my password?", reply: "a" },
  { prompt: "Do you ship to the United Kingdom?", reply: "b" },
  { prompt: "Wie kann ich eine Bestellung zurückgeben?", reply: "c" },
  { prompt: "Welche Größe soll ich bei Wanderschuhen wählen?", reply: "d" },
];
const index = buildExampleIndex(examples);

describe("findClosest", () => {
  it.each([
    ["How do I reset my password?", 0],
    ["how can i reset my pasword", 0],
    ["Do you ship to the UK?", 1],
    ["wie kann ich eine bestelung zurueckgeben", 2],
    ["WELCHE GRÖSSE SOLL ICH BEI WANDERSCHUHEN WÄHLEN", 3],
  ])("finds the prompt behind %j", (text, expected) => {
    expect(findClosest(index, text)?.index).toBe(expected);
  });

  it("scores the same text 1", () => {
    expect(findClosest(index, examples[0]?.prompt ?? "")?.score).toBeCloseTo(1, 5);
  });

  it.each([
    ["a text without words", index, "?! 👍"],
    ["an empty index", buildExampleIndex([]), "How do I reset my password?"],
  ])("finds nothing for %s", (_case, searched, text) => {
    expect(findClosest(searched, text)).toBeNull();
  });
});

describe("rankClosest", () => {
  it("lists at most `limit` matches, best first", () => {
    const ranked = rankClosest(index, "reset password and ship to the UK", 3);
    expect(ranked.length).toBeLessThanOrEqual(3);
    expect(
      ranked
        .map((match) => match.index)
        .slice(0, 2)
        .sort(),
    ).toEqual([0, 1]);
    expect(ranked.map((match) => match.score)).toEqual(ranked.map((match) => match.score).sort((a, b) => b - a));
  });
});
