/** Warnings about a dataset as a whole that no single example shows: duplicates and mixed system prompts. */
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

type Example = { data: string };
type Parsed = { data: string; question: string; systemPrompt: string | null };

function parse(examples: readonly Example[]): Parsed[] {
  return examples.map(({ data }) => {
    const value = JSON.parse(data) as Record<string, unknown>;
    return { data, question: questionOf(value), systemPrompt: systemPromptOf(value) };
  });
}

/** `examples` in dataset order, each its stored JSON line. */
export function datasetWarnings(examples: readonly Example[]): DatasetWarning[] {
  const parsed = parse(examples);
  const { exact, similar } = findDuplicates(parsed);
  const warnings: DatasetWarning[] = [];
  if (exact.length > 0) {
    warnings.push({ code: "duplicate_examples", params: { count: exact.length }, severity: "warning" });
  }
  if (similar.length > 0) {
    warnings.push({ code: "similar_questions", params: { count: similar.length }, severity: "warning" });
  }
  const prompts = systemPromptUse(parsed);
  if (prompts) warnings.push({ code: "inconsistent_system_prompts", params: prompts, severity: "warning" });
  return warnings;
}

/** The indexes of the examples that are exact copies or ask a similar question, the first of each group too. */
export function duplicateIndexes(examples: readonly Example[]): Set<number> {
  return findDuplicates(parse(examples)).involved;
}

/**
 * When the examples do not all share one system prompt: how many distinct prompts there are, how many
 * examples have none, and how many have one other than the most common.
 */
function systemPromptUse(examples: readonly Parsed[]) {
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
