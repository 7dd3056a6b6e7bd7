import { describe, expect, it } from "vitest";
import { type CsvMapping, csvExampleBuilder, parseCsvMappingHeader } from "./csv-mapping";

const header = (mapping: unknown) => encodeURIComponent(JSON.stringify(mapping));

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { fields?: unknown }).fields;
  }
  throw new Error("expected a refusal");
}

describe("parseCsvMappingHeader", () => {
  it("reads the URI-encoded JSON of the header, and nothing when there is none", () => {
    const mapping = {
      columns: { Frage: "user", Antwort: "assistant", Nr: "ignore" },
      systemPrompt: "Sei nett.",
      hasHeader: true,
    };
    expect(parseCsvMappingHeader(header(mapping))).toEqual(mapping);
    expect(parseCsvMappingHeader(null)).toBeUndefined();
  });

  it.each([
    ["not JSON", "%7Bnope", "mappingInvalid"],
    ["an unknown role", header({ columns: { q: "question" }, hasHeader: true }), "mappingInvalid"],
    ["no header row", header({ columns: { q: "user", a: "assistant" }, hasHeader: false }), "mappingInvalid"],
    ["no assistant", header({ columns: { q: "user" }, hasHeader: true }), "mappingNeedsUserAndAssistant"],
    [
      "two user columns",
      header({ columns: { q: "user", q2: "user", a: "assistant" }, hasHeader: true }),
      "mappingNeedsUserAndAssistant",
    ],
    [
      "a system column and a fixed system prompt",
      header({ columns: { s: "system", q: "user", a: "assistant" }, systemPrompt: "Be nice.", hasHeader: true }),
      "mappingSystemTwice",
    ],
  ])("refuses %s", (_, value, code) => {
    expect(refusal(() => parseCsvMappingHeader(value))).toEqual({ mapping: { code } });
  });
});

describe("csvExampleBuilder", () => {
  const mapping: CsvMapping = { columns: { question: "user", answer: "assistant" }, hasHeader: true };

  it("matches column names without surrounding spaces, and leaves out a blank system prompt", () => {
    const toExample = csvExampleBuilder({ ...mapping, systemPrompt: "  " }, [" question ", "answer"]);
    expect(toExample(["Hi?", "Hello."])).toEqual({
      messages: [
        { role: "user", content: "Hi?" },
        { role: "assistant", content: "Hello." },
      ],
    });
  });

  it("refuses a mapped column that the header lacks", () => {
    expect(refusal(() => csvExampleBuilder(mapping, ["question", "reply"]))).toEqual({
      mapping: { code: "mappingColumnMissing", params: { column: "answer" } },
    });
  });
});
