import { describe, expect, it } from "vitest";
import { countTextTokens } from "@/lib/training-data/tokens";
import { streamPieces, truncateToTokens } from "./stream-pieces";

const texts = [
  "Du kannst jede Bestellung innerhalb von 30 Tagen zurückgeben. Größe, Öffnungszeiten, Straße: äöüß ÄÖÜ.",
  "Hi 👋🏽, family 👨‍👩‍👧 from 🇩🇪 at −8 °C 🏕️!",
  "日本語のテキストです。漢字とかな。",
  "Combining marks: a\u0301 e\u0308 n\u0303.",
  "Plain ASCII, with punctuation; and numbers 12345.",
];

describe("streamPieces", () => {
  it.each(texts)("cuts %j into whole characters that join to the text", (text) => {
    const { pieces } = streamPieces(text);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) {
      expect(piece).not.toBe("");
      expect(piece.isWellFormed()).toBe(true);
      expect(piece).not.toContain("\uFFFD");
    }
  });

  it.each(texts)("counts the tokens of %j as usage does, with at most one piece per token", (text) => {
    const { pieces, tokens } = streamPieces(text);
    expect(tokens).toBe(countTextTokens(text));
    expect(pieces.length).toBeLessThanOrEqual(tokens);
  });

  it("gives each token of ASCII text a piece of its own", () => {
    const text = texts.at(-1) ?? "";
    expect(streamPieces(text).pieces).toHaveLength(countTextTokens(text));
  });

  it("streams a token split across a character only once it is whole", () => {
    expect(streamPieces("Hi 👋🏽").pieces).toEqual(["Hi", " 👋", "🏽"]);
  });

  it("treats special-token text as plain text", () => {
    const { pieces, tokens } = streamPieces("Ende <|endoftext|> hier");
    expect(pieces.join("")).toBe("Ende <|endoftext|> hier");
    expect(tokens).toBeGreaterThan(3);
  });

  it("streams nothing for an empty text", () => {
    expect(streamPieces("")).toEqual({ pieces: [], tokens: 0 });
  });
});

describe("truncateToTokens", () => {
  it("keeps text within the limit as it is", () => {
    expect(truncateToTokens("Hallo Welt", 50)).toEqual({ text: "Hallo Welt", truncated: false });
  });

  it("cuts after the limit without splitting a character", () => {
    const text = "Grüße aus Köln 👋🏽 und noch viel mehr Text, der nicht mehr passt.";
    const cut = truncateToTokens(text, 5);
    expect(cut.truncated).toBe(true);
    expect(text.startsWith(cut.text)).toBe(true);
    expect(streamPieces(cut.text).tokens).toBeLessThanOrEqual(5);
    expect(cut.text).not.toContain("\uFFFD");
  });
});
