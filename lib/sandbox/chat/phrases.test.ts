import { describe, expect, it } from "vitest";
import { isGerman } from "./phrases";

describe("isGerman", () => {
  it.each(["Wie kann ich meine Bestellung zurückgeben?", "Gibt es einen Rabatt für Studierende?", "Größe M"])(
    "%j is German",
    (text) => {
      expect(isGerman(text)).toBe(true);
    },
  );

  it.each(["How do I reset my password?", "Is the down sleeping bag suitable for winter camping?", ""])(
    "%j is not German",
    (text) => {
      expect(isGerman(text)).toBe(false);
    },
  );
});
