import { describe, expect, it } from "vitest";
import { previewCsv } from "./csv-preview";

describe("previewCsv", () => {
  it("shows the columns and first five rows, and guesses question and answer", () => {
    const rows = Array.from({ length: 8 }, (_, index) => `${index + 1},"Question ${index + 1}?",Answer ${index + 1}`);
    const preview = previewCsv(`\uFEFFid,Question,Answer\r\n${rows.join("\r\n")}\r\n`, "faq.csv");
    expect(preview).toEqual({
      delimiter: ",",
      columns: ["id", "Question", "Answer"],
      rows: [1, 2, 3, 4, 5].map((n) => [String(n), `Question ${n}?`, `Answer ${n}`]),
      guess: { columns: { id: "ignore", Question: "user", Answer: "assistant" }, hasHeader: true },
    });
  });

  it.each([
    [["Frage", "Antwort"], { Frage: "user", Antwort: "assistant" }],
    [["system_prompt", "prompt", "completion"], { system_prompt: "system", prompt: "user", completion: "assistant" }],
    [["userInput", "model output", "notes"], { userInput: "user", "model output": "assistant", notes: "ignore" }],
    [["input", "expected_response", "response"], { input: "user", expected_response: "assistant", response: "ignore" }],
    [["System", "Question", "Answer"], { System: "system", Question: "user", Answer: "assistant" }],
    [["a", "b"], { a: "ignore", b: "ignore" }],
  ])("guesses roles from the column names %j", (columns, guess) => {
    expect(previewCsv(`${columns.join("\t")}\n`, "data.tsv").guess.columns).toEqual(guess);
  });

  it("reads TSV and semicolon files, and a sample cut off inside a quoted field", () => {
    expect(previewCsv("frage;antwort\nWie?;So.\n", "data.csv")).toMatchObject({
      delimiter: ";",
      rows: [["Wie?", "So."]],
    });
    expect(previewCsv('question\tanswer\nHi\t"Hello\nthe', "data.tsv")).toMatchObject({
      delimiter: "\t",
      rows: [["Hi", "Hello\nthe"]],
    });
  });
});
