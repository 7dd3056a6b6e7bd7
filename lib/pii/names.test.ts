import { describe, expect, it } from "vitest";
import { findPii, maskPii } from "./detect";
import { findPersonNames } from "./names";

const names = (text: string) => findPersonNames(text).map((finding) => finding.text);

describe("findPersonNames", () => {
  it("finds first and last names, with their place in the text", () => {
    const text = "Hi, I'm John Smith and my order 12345 is late.";
    expect(findPersonNames(text)).toEqual([{ start: 8, end: 18, text: "John Smith" }]);
    expect(names("Angela Merkel met Barack Obama in Berlin.")).toEqual(["Angela Merkel", "Barack Obama"]);
    expect(names("Grace Hopper wrote COBOL.")).toEqual(["Grace Hopper"]);
  });

  it("leaves out the punctuation around a name, but keeps a title", () => {
    expect(names("Thanks for your patience, Sarah!")).toEqual(["Sarah"]);
    expect(names("Dear Mrs. Johnson, your parcel left.")).toEqual(["Mrs. Johnson"]);
  });

  it("finds international names in German text, where a capitalised word before one may join it", () => {
    expect(names("Viele Grüße, Jürgen Weber")).toEqual(["Jürgen Weber"]);
    // The grammar is English: German nouns and "Sie" are capitalised too. Masking too much is the safe side.
    expect(names("Bitte fragen Sie Anna Müller aus der Buchhaltung.")).toEqual(["Sie Anna Müller"]);
  });

  it("does not take companies, products, months or places for people", () => {
    for (const text of [
      "Apple released a new iPhone in May.",
      "April showers bring May flowers.",
      "Use Amazon Web Services or Ford trucks.",
      "Tesla and Mercedes cars are on sale.",
      "Is the tent waterproof enough for a week of rain in Scotland?",
      "Good news: your parcel left our warehouse 3 days ago.",
      "will you bill me in june?",
    ]) {
      expect(names(text), text).toEqual([]);
    }
  });
});

describe("names among the other findings", () => {
  it("are a finding of their own kind, masked as [NAME]", () => {
    const text = "Mail John Smith at john.smith@example.com.";
    expect(findPii(text).map((finding) => [finding.kind, finding.text])).toEqual([
      ["personName", "John Smith"],
      ["email", "john.smith@example.com"],
    ]);
    expect(maskPii(text)).toBe("Mail [NAME] at [EMAIL].");
  });
});
