/** Reads a JSONL file the way a job will bill and judge it: billed tokens per epoch, and sensitive data by kind. */
import { sensitiveDataIssues } from "@/lib/datasets/sensitive-data";
import { tokenLimitForModel } from "@/lib/models/limits";
import { findPii, type PiiKind } from "@/lib/pii/detect";
import { isRecord } from "@/lib/training-data/chat-message";
import { checkExample } from "@/lib/training-data/check";

/** Examples with sensitive data, per kind (an example with two kinds counts for both). */
export type SensitiveCounts = Partial<Record<PiiKind, number>>;

export function addSensitiveKinds(counts: SensitiveCounts, example: unknown): boolean {
  if (!isRecord(example)) return false;
  const kinds = new Set(sensitiveDataIssues(example).map((issue) => issue.params?.kind as PiiKind));
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return kinds.size > 0;
}

/**
 * What every finding of lib/pii needs at least: an @, 8 digits in a run of digits and separators, an IBAN's
 * country and check digits, or a secret's prefix. Lines without any (most) are skipped without looking closer.
 */
const MAYBE_SENSITIVE = /@|\d[\d ./()+-]{6,}\d|[A-Z]{2}\d{2}|sk-|AKIA|gh[pousr]_|xox[abprs]-|AIza|-----BEGIN/;

/** The same for one JSONL line; most lines hold nothing, which a look at the raw text shows without parsing. */
export function addSensitiveKindsOfLine(counts: SensitiveCounts, line: string): boolean {
  if (!MAYBE_SENSITIVE.test(line) || findPii(line).length === 0) return false;
  try {
    return addSensitiveKinds(counts, JSON.parse(line));
  } catch {
    return false;
  }
}

/**
 * `tokenCount` is the file's tokens as counted when it was made; OpenAI trains on at most the model's limit of
 * each example, so the tokens above it are taken off. A line has at least as many characters as tokens, so only
 * lines longer than the limit need counting again.
 */
export function scanJsonl(
  jsonl: string,
  options: { tokenCount: number; model: string; method: "supervised" | "dpo" },
): { billingTokens: number; sensitive: SensitiveCounts; sensitiveExamples: number } {
  const limit = tokenLimitForModel(options.model);
  const sensitive: SensitiveCounts = {};
  let truncated = 0;
  let sensitiveExamples = 0;
  for (const line of jsonl.split("\n")) {
    if (!line) continue;
    if (addSensitiveKindsOfLine(sensitive, line)) sensitiveExamples += 1;
    if (line.length > limit) truncated += Math.max(0, checkExample(JSON.parse(line), options).tokens - limit);
  }
  return { billingTokens: options.tokenCount - truncated, sensitive, sensitiveExamples };
}
