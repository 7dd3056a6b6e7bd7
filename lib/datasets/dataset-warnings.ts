/** Warnings about a dataset as a whole that no single example shows: duplicates and mixed system prompts. */
import { createHash } from "node:crypto";
import { findDuplicates, questionOf } from "./dedupe";
import { systemPromptOf } from "./split";

export const DATASET_WARNING_CODES = [
  "duplicate_examples",
  "similar_questions",
  "inconsistent_system_prompts",
] as const;

type DatasetWarning = {
  code: (typeof DATASET_WARNING_CODES)[number];
  params: Record<string, number>;
  severity: "warning";
};

/** What the dataset-wide checks keep of an example: a hash of its stored line (for exact copies), its question and system prompt. */
export type ExampleDigest = { data: string; question: string; systemPrompt: string | null };

/** Small enough that the digests of 500 000 examples fit in memory, whatever the size of their answers. */
export function digestExample(data: string): ExampleDigest {
  const value = JSON.parse(data) as Record<string, unknown>;
  const hash = createHash("sha256").update(data).digest("base64");
  return { data: hash, question: questionOf(value), systemPrompt: systemPromptOf(value) };
}

/**
 * `examples` in dataset order. `involved`: the indexes of the examples that are exact copies or ask a similar
 * question, the first of each group too.
 */
export function analyseExamples(examples: readonly ExampleDigest[]): {
  warnings: DatasetWarning[];
  involved: Set<number>;
} {
  const { exact, similar, involved } = findDuplicates(examples);
  const warnings: DatasetWarning[] = [];
  if (exact.length > 0) {
    warnings.push({ code: "duplicate_examples", params: { count: exact.length }, severity: "warning" });
  }
  if (similar.length > 0) {
    warnings.push({ code: "similar_questions", params: { count: similar.length }, severity: "warning" });
  }
  const prompts = systemPromptUse(examples);
  if (prompts) warnings.push({ code: "inconsistent_system_prompts", params: prompts, severity: "warning" });
  return { warnings, involved };
}

/**
 * When the examples do not all share one system prompt: how many distinct prompts there are, how many
 * examples have none, and how many have one other than the most common.
 */
function systemPromptUse(examples: readonly ExampleDigest[]) {
  const uses = new Map<string, number>();
  let withoutPrompt = 0;
  for (const { systemPrompt } of examples) {
    if (systemPrompt === null || systemPrompt.trim() === "") withoutPrompt += 1;
    else uses.set(systemPrompt, (uses.get(systemPrompt) ?? 0) + 1);
  }
  const variants = uses.size + (withoutPrompt > 0 ? 1 : 0);
  if (variants < 2 || uses.size === 0) return null;
  const withPrompt = examples.length - withoutPrompt;
  return { prompts: uses.size, withoutPrompt, differing: withPrompt - Math.max(...uses.values()) };
}
