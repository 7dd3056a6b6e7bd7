import { describe, expect, it } from "vitest";
import { splitExamples, systemPromptOf } from "./split";

const examples = (count: number, systemPrompt: (index: number) => string | null = () => null) =>
  Array.from({ length: count }, (_, index) => ({ id: `example-${index + 1}`, systemPrompt: systemPrompt(index) }));
const ids = (list: Array<{ id: string }>) => list.map((example) => example.id);
const options = { validationRatio: 0.2, seed: 7, stratify: false };

describe("splitExamples", () => {
  it("gives the same split for the same examples and seed, whatever their order", () => {
    const list = examples(100);
    const split = splitExamples(list, options);
    expect(splitExamples(list, options)).toEqual(split);
    const reversed = splitExamples([...list].reverse(), options);
    expect(new Set(ids(reversed.validation))).toEqual(new Set(ids(split.validation)));
    expect(ids(splitExamples(list, { ...options, seed: 8 }).validation)).not.toEqual(ids(split.validation));
  });

  it("puts round(ratio × n) examples in validation, both parts in the input's order, none in both", () => {
    const list = examples(103);
    const { training, validation } = splitExamples(list, { ...options, validationRatio: 0.15 });
    expect(validation).toHaveLength(15);
    expect(training).toHaveLength(88);
    const order = (part: typeof list) => part.map((example) => list.indexOf(example));
    expect(order(training)).toEqual([...order(training)].sort((a, b) => a - b));
    expect(order(validation)).toEqual([...order(validation)].sort((a, b) => a - b));
    expect(new Set([...ids(training), ...ids(validation)]).size).toBe(103);
  });

  it("does not pick the first examples: the choice is shuffled", () => {
    const { validation } = splitExamples(examples(100), options);
    expect(ids(validation)).not.toEqual(ids(examples(20)));
  });

  it("keeps each system prompt's share when stratifying", () => {
    // 80 with prompt A, 20 with B: a plain split of 20% could take any mix; stratified takes 16 and 4.
    const list = examples(100, (index) => (index % 5 === 0 ? "B" : "A"));
    for (const seed of [1, 2, 3, 4, 5]) {
      const { validation } = splitExamples(list, { validationRatio: 0.2, seed, stratify: true });
      const count = (prompt: string) => validation.filter((example) => example.systemPrompt === prompt).length;
      expect([count("A"), count("B")]).toEqual([16, 4]);
    }
    // Examples without a system prompt are a group of their own.
    const mixed = examples(50, (index) => (index < 10 ? null : "A"));
    const { validation } = splitExamples(mixed, { validationRatio: 0.1, seed: 3, stratify: true });
    expect(validation.filter((example) => example.systemPrompt === null)).toHaveLength(1);
    expect(validation).toHaveLength(5);
  });

  it("takes at least one for validation, and leaves 10 for training when it can", () => {
    expect(splitExamples(examples(20), { ...options, validationRatio: 0.01 }).validation).toHaveLength(1);
    expect(splitExamples(examples(14), { ...options, validationRatio: 0.5 }).training).toHaveLength(10);
    expect(splitExamples(examples(5), { ...options, validationRatio: 0.5 }).validation).toHaveLength(1);
    expect(splitExamples(examples(2), options)).toMatchObject({ training: [{}], validation: [{}] });
  });

  it("splits nothing off at ratio 0, for a single example, or for none", () => {
    expect(splitExamples(examples(50), { ...options, validationRatio: 0 }).validation).toEqual([]);
    expect(splitExamples(examples(1), options)).toEqual({ training: examples(1), validation: [] });
    expect(splitExamples([], { ...options, stratify: true })).toEqual({ training: [], validation: [] });
  });
});

describe("systemPromptOf", () => {
  it("reads the first system message of a chat or of a DPO input", () => {
    const system = (content: unknown) => ({ role: "system", content });
    expect(systemPromptOf({ messages: [{ role: "user", content: "Hi" }, system("Be brief."), system("No")] })).toBe(
      "Be brief.",
    );
    expect(systemPromptOf({ input: { messages: [system([{ type: "text", text: "Be kind." }])] } })).toBe("Be kind.");
    expect(systemPromptOf({ messages: [{ role: "user", content: "Hi" }] })).toBeNull();
    expect(systemPromptOf({ messages: "nope" })).toBeNull();
  });
});
