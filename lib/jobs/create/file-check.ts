/**
 * Checks a JSONL file chosen on the new-job form in the browser, before anything is sent: OpenAI's verdict
 * (validateTrainingFile), the problems line by line, what it will bill, and sensitive data.
 */

import { tokenLimitForModel } from "@/lib/models/limits";
import { isRecord } from "@/lib/training-data/chat-message";
import { checkExample } from "@/lib/training-data/check";
import type { ExampleIssue } from "@/lib/training-data/issues";
import { parseJsonlLines } from "@/lib/training-data/jsonl";
import { MIN_TRAINING_EXAMPLES } from "@/lib/training-data/problems";
import { validateTrainingFile } from "@/lib/training-data/validate";
import { addSensitiveKinds, addSensitiveKindsOfLine, type SensitiveCounts } from "./scan";
import type { JobMethod } from "./schema";

/** The first problems are shown; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

export type FileProblem =
  | { line: number; kind: "json" }
  | { line: number; kind: "example"; issue: ExampleIssue }
  | { line: null; kind: "empty" }
  | { line: null; kind: "tooFew"; examples: number; min: number };

export type FileCheck = {
  method: JobMethod;
  /** OpenAI would accept the file as it is */
  ok: boolean;
  examples: number;
  billingTokens: number;
  problems: FileProblem[];
  /** lines with a problem, also those not listed */
  problemLines: number;
  sensitive: { examples: number; kinds: SensitiveCounts };
};

/** A preference file has `input` and `preferred_output`; anything else is read as chat examples. */
export function detectMethod(text: string): JobMethod {
  for (const entry of parseJsonlLines(text)) {
    if ("error" in entry) continue;
    return isRecord(entry.value) && ("preferred_output" in entry.value || "input" in entry.value)
      ? "dpo"
      : "supervised";
  }
  return "supervised";
}

/**
 * One tokenizing pass when the file is fine (OpenAI's own check counts what it bills); only a refused file is
 * read again, to list every line with a problem rather than OpenAI's first.
 */
export function checkJobFile(
  text: string,
  options: { model: string; method: JobMethod; purpose: "training" | "validation" },
): FileCheck {
  const { method, model } = options;
  const verdict = validateTrainingFile(text, options);
  if (verdict.ok) {
    const kinds: SensitiveCounts = {};
    let sensitiveExamples = 0;
    for (const line of text.split("\n")) if (addSensitiveKindsOfLine(kinds, line)) sensitiveExamples += 1;
    const { examples, billingTokens } = verdict;
    return {
      method,
      ok: true,
      examples,
      billingTokens,
      problems: [],
      problemLines: 0,
      sensitive: { examples: sensitiveExamples, kinds },
    };
  }
  const limit = tokenLimitForModel(model);
  const problems: FileProblem[] = [];
  const kinds: SensitiveCounts = {};
  let problemLines = 0;
  let examples = 0;
  let billingTokens = 0;
  let sensitiveExamples = 0;
  for (const entry of parseJsonlLines(text)) {
    if ("error" in entry) {
      problemLines += 1;
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ line: entry.line, kind: "json" });
      continue;
    }
    if (addSensitiveKinds(kinds, entry.value)) sensitiveExamples += 1;
    examples += 1;
    const { issues, tokens } = checkExample(entry.value, { method, model });
    billingTokens += Math.min(limit, tokens);
    const error = issues.find((issue) => issue.severity === "error");
    if (!error) continue;
    problemLines += 1;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ line: entry.line, kind: "example", issue: error });
  }
  if (problemLines === 0) {
    problems.push(
      examples === 0
        ? { line: null, kind: "empty" }
        : { line: null, kind: "tooFew", examples, min: MIN_TRAINING_EXAMPLES },
    );
  }
  return {
    method,
    ok: false,
    examples,
    billingTokens,
    problems,
    problemLines,
    sensitive: { examples: sensitiveExamples, kinds },
  };
}
