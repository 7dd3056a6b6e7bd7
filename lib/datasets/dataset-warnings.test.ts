import { describe, expect, it } from "vitest";
import { analyseExamples, digestExample } from "./dataset-warnings";
import { chatExample } from "./test-fixtures";

const analyse = (examples: { data: string }[]) => analyseExamples(examples.map(({ data }) => digestExample(data)));
const datasetWarnings = (examples: { data: string }[]) => analyse(examples).warnings;
const duplicateIndexes = (examples: { data: string }[]) => analyse(examples).involved;
const line = (value: unknown) => ({ data: JSON.stringify(value) });
const withPrompt = (prompt: string | null, question: string) => {
  const { messages } = chatExample(question);
  return line({ messages: prompt === null ? messages : [{ role: "system", content: prompt }, ...messages] });
};

describe("datasetWarnings", () => {
  it("says nothing about distinct examples sharing one system prompt", () => {
    expect(
      datasetWarnings([withPrompt("Be brief.", "Where is my order?"), withPrompt("Be brief.", "Can I pay later?")]),
    ).toEqual([]);
  });

  it("counts exact copies and similar questions, each after its first", () => {
    const examples = [
      line(chatExample("Where is my order?")),
      line(chatExample("Where is my order?")),
      line(chatExample("where is my order", "Another answer")),
      line(chatExample("Can I pay later?")),
      line(chatExample("Where is my order?")),
    ];
    expect(datasetWarnings(examples)).toEqual([
      { code: "duplicate_examples", params: { count: 2 }, severity: "warning" },
      { code: "similar_questions", params: { count: 1 }, severity: "warning" },
    ]);
    expect(duplicateIndexes(examples)).toEqual(new Set([0, 1, 2, 4]));
  });

  it("reports mixed system prompts: how many differ from the most common and how many have none", () => {
    const examples = [
      withPrompt("Be brief.", "One?"),
      withPrompt("Be brief.", "Two?"),
      withPrompt("Be brief.", "Three?"),
      withPrompt("Be long-winded.", "Four?"),
      withPrompt(null, "Five?"),
      withPrompt(null, "Six?"),
    ];
    expect(datasetWarnings(examples)).toEqual([
      {
        code: "inconsistent_system_prompts",
        params: { prompts: 2, withoutPrompt: 2, differing: 1 },
        severity: "warning",
      },
    ]);
    // No example with a system prompt is consistent too.
    expect(datasetWarnings([withPrompt(null, "One?"), withPrompt(null, "Two?")])).toEqual([]);
  });
});
