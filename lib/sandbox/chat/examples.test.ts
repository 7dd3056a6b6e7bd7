import { describe, expect, it } from "vitest";
import { examplesFromJsonl } from "./examples";
import { supportJsonl, supportPairs } from "./test-examples";

const line = (messages: object[]) => JSON.stringify({ messages });
const system = (content: string) => ({ role: "system", content });
const user = (content: unknown) => ({ role: "user", content });
const assistant = (content: unknown, weight?: number) => ({ role: "assistant", content, weight });

describe("examplesFromJsonl", () => {
  it("pairs each question with its answer, leaving out a system prompt every example shares", () => {
    expect(examplesFromJsonl(supportJsonl)).toEqual(
      supportPairs.map(([question, answer]) => ({ prompt: question, reply: answer })),
    );
  });

  it("keeps system prompts that differ between examples", () => {
    const jsonl = [
      line([system("Answer as a pirate."), user("Hi"), assistant("Ahoy!")]),
      line([system("Answer as a robot."), user("Hi"), assistant("BEEP.")]),
      line([user("Hi"), assistant("Hello.")]),
    ].join("\n");
    expect(examplesFromJsonl(jsonl).map((example) => example.prompt)).toEqual([
      "Answer as a pirate.\nHi",
      "Answer as a robot.\nHi",
      "Hi",
    ]);
  });

  it("answers with the last trained assistant turn, asked by the system and user turns before it", () => {
    const jsonl = line([
      system("Be brief."),
      user("What is 2 + 2?"),
      assistant("4."),
      user("And times 3?"),
      assistant("12."),
      user("Thanks!"),
      assistant("You're welcome.", 0),
    ]);
    expect(examplesFromJsonl(jsonl)).toEqual([{ prompt: "What is 2 + 2?\nAnd times 3?", reply: "12." }]);
  });

  it("reads content given as parts", () => {
    const jsonl = line([
      user([
        { type: "text", text: "Größe " },
        { type: "text", text: "M?" },
      ]),
      assistant("Ja."),
    ]);
    expect(examplesFromJsonl(jsonl)).toEqual([{ prompt: "Größe M?", reply: "Ja." }]);
  });

  it("skips lines that are not examples with an assistant reply, and reads CRLF files with a BOM", () => {
    const jsonl = [
      `\uFEFF${line([user("Hallo"), assistant("Hallo!")])}`,
      "",
      "{not json",
      JSON.stringify({ prompt: "legacy", completion: "format" }),
      line([user("No answer")]),
      line([user("Empty answer"), assistant("  ")]),
      line([user("Untrained answer"), assistant("Nope.", 0)]),
      "42",
      line([user("Tschüss"), assistant("Bis bald!")]),
    ].join("\r\n");
    expect(examplesFromJsonl(jsonl)).toEqual([
      { prompt: "Hallo", reply: "Hallo!" },
      { prompt: "Tschüss", reply: "Bis bald!" },
    ]);
  });
});
