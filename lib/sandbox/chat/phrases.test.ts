import { describe, expect, it } from "vitest";
import { isGerman } from "./phrases";

describe("isGerman", () => {
  it.each([
    ["Wie kann ich meine Bestellung zurückgeben?", true],
    ["Gibt es einen Rabatt für Studierende?", true],
    ["Größe M", true],
    ["How do I reset my password?", false],
    ["Is the down sleeping bag suitable for winter camping?", false],
    ["", false],
  ])("%j → %s", (text, german) => {
    expect(isGerman(text)).toBe(german);
  });
});
