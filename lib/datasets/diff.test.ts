import { describe, expect, it } from "vitest";
import { diffExamples } from "./diff";
import { chatExample, dpoExample } from "./test-fixtures";

const line = (question: string, answer?: string) => JSON.stringify(chatExample(question, answer));

describe("diffExamples", () => {
  it("pairs a new answer to the same question as changed, the rest as added and removed", () => {
    const from = [line("A?"), line("B?", "Old."), line("C?")];
    const to = [line("B?", "New."), line("A?"), line("D?", "Dee.")];
    expect(diffExamples(from, to)).toEqual({
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 1,
      items: [
        { kind: "changed", question: "B?", before: "Old.", after: "New." },
        { kind: "removed", question: "C?", before: "An answer to: C?" },
        { kind: "added", question: "D?", after: "Dee." },
      ],
    });
  });

  it("counts copies of a line one by one", () => {
    const diff = diffExamples([line("A?"), line("A?")], [line("A?"), line("A?"), line("A?")]);
    expect(diff).toMatchObject({ added: 1, removed: 0, changed: 0, unchanged: 2 });
  });

  it("pairs each removed line at most once, and never on an empty question", () => {
    const noQuestion = (answer: string) => JSON.stringify({ messages: [{ role: "assistant", content: answer }] });
    const diff = diffExamples([line("A?", "1"), noQuestion("x")], [line("A?", "2"), line("A?", "3"), noQuestion("y")]);
    expect(diff).toMatchObject({ added: 2, removed: 1, changed: 1, unchanged: 0 });
    expect(diff.items.map((item) => item.kind)).toEqual(["changed", "removed", "added", "added"]);
  });

  it("reads a DPO example's preferred output as its answer", () => {
    const before = dpoExample("Why?");
    const after = { ...before, preferred_output: [{ role: "assistant", content: "Because." }] };
    expect(diffExamples([JSON.stringify(before)], [JSON.stringify(after)]).items).toEqual([
      { kind: "changed", question: "Why?", before: "A helpful answer to: Why?", after: "Because." },
    ]);
  });

  it("lists at most 200 items but counts them all", () => {
    const to = Array.from({ length: 250 }, (_, index) => line(`Q${index}?`));
    const diff = diffExamples([], to);
    expect(diff.added).toBe(250);
    expect(diff.items).toHaveLength(200);
  });
});
