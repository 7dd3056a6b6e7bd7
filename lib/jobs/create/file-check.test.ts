import { describe, expect, it } from "vitest";
import { chatExample, dpoExample } from "@/lib/datasets/test-fixtures";
import { checkExample } from "@/lib/training-data/check";
import { validateTrainingFile } from "@/lib/training-data/validate";
import { checkJobFile, detectMethod } from "./file-check";
import { scanJsonl } from "./scan";

const jsonl = (examples: unknown[]) => `${examples.map((example) => JSON.stringify(example)).join("\n")}\n`;
const questions = (count: number) => Array.from({ length: count }, (_, index) => chatExample(`Question ${index + 1}?`));
const options = { model: "gpt-4o-mini-2024-07-18", method: "supervised", purpose: "training" } as const;

describe("checkJobFile", () => {
  it("counts what OpenAI bills for a file it accepts", () => {
    const text = jsonl(questions(12));
    const verdict = validateTrainingFile(text, options);
    expect(verdict.ok).toBe(true);
    expect(checkJobFile(text, options)).toMatchObject({
      ok: true,
      examples: 12,
      billingTokens: verdict.ok ? verdict.billingTokens : -1,
      problems: [],
    });
  });

  it("lists every line with a problem, not only the first", () => {
    const examples: unknown[] = questions(12);
    examples[2] = { messages: [{ role: "robot", content: "Hi" }] };
    examples[6] = { messages: [{ role: "user", content: "No answer" }] };
    const lines = jsonl(examples).split("\n");
    lines[9] = "{not json";
    const check = checkJobFile(lines.join("\n"), options);
    expect(check.ok).toBe(false);
    expect(check.problemLines).toBe(3);
    expect(check.problems.map((problem) => [problem.line, problem.kind])).toEqual([
      [3, "example"],
      [7, "example"],
      [10, "json"],
    ]);
  });

  it("says when a file has too few examples or none", () => {
    expect(checkJobFile(jsonl(questions(4)), options).problems).toEqual([
      { line: null, kind: "tooFew", examples: 4, min: 10 },
    ]);
    expect(checkJobFile("\n", options).problems).toEqual([{ line: null, kind: "empty" }]);
    expect(checkJobFile(jsonl(questions(4)), { ...options, purpose: "validation" }).ok).toBe(true);
  });

  it("counts the examples with sensitive data by kind", () => {
    const examples = questions(12);
    examples[0] = chatExample("Write to ada@example.com please", "Done, and to bob@example.org too.");
    examples[5] = chatExample("My IBAN is DE89 3704 0044 0532 0130 00 and mail grace@example.com");
    examples[7] = chatExample("Card 4111 1111 1111 1111, call +1 (555) 123-4567");
    examples[9] = chatExample("Use the key sk-proj-abcdefghijklmnopqrstuvwx");
    const { sensitive } = checkJobFile(jsonl(examples), options);
    expect(sensitive).toEqual({ examples: 4, kinds: { email: 2, iban: 1, card: 1, phone: 1, secret: 1 } });
  });
});

describe("detectMethod", () => {
  it("reads preference files as DPO and anything else as supervised", () => {
    expect(detectMethod(jsonl([dpoExample("Why?")]))).toBe("dpo");
    expect(detectMethod(`{broken\n${jsonl(questions(1))}`)).toBe("supervised");
    expect(detectMethod("")).toBe("supervised");
  });
});

describe("scanJsonl", () => {
  it("takes the tokens above the model's limit off what an example bills", () => {
    const long = chatExample("Summarise this.", "word ".repeat(20_000));
    const short = chatExample("Hello?");
    const text = jsonl([long, short]);
    const model = "gpt-3.5-turbo-0125";
    const tokens = [long, short].map((example) => checkExample(example, { method: "supervised", model }).tokens);
    const [longTokens = 0, shortTokens = 0] = tokens;
    expect(longTokens).toBeGreaterThan(16_385);
    const scan = scanJsonl(text, { tokenCount: longTokens + shortTokens, model, method: "supervised" });
    expect(scan.billingTokens).toBe(16_385 + shortTokens);
    expect(scan.sensitiveExamples).toBe(0);
  });
});
