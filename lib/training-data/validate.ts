/** Checks a JSONL training or validation file the way OpenAI does before a fine-tuning job starts. */

import { tokenLimitForModel } from "@/lib/models/limits";
import { checkExample, type TrainingMethod } from "./check";
import { type JsonlLine, parseJsonlLines } from "./jsonl";
import {
  emptyFileDetail,
  exampleIssueDetail,
  type FilePurpose,
  fileErrorMessage,
  invalidJsonDetail,
  MIN_TRAINING_EXAMPLES,
  tooFewExamplesDetail,
} from "./problems";

type TrainingFileReport =
  | { ok: true; examples: number; billingTokens: number; examplesOverLimit: number; tokenLimit: number }
  | {
      ok: false;
      error: {
        code: `invalid_${FilePurpose}_file`;
        message: string;
        param: `${FilePurpose}_file`;
        line: number | null;
      };
    };

type CheckOptions = { method: TrainingMethod; model: string; purpose: FilePurpose };

/** Stops at the first problem, as OpenAI does. Examples over the token limit are truncated, not refused. */
export function validateTrainingFile(text: string, options: CheckOptions): TrainingFileReport {
  const check = fileCheck(options);
  for (const entry of parseJsonlLines(text)) {
    const failure = check.add(entry);
    if (failure) return failure;
  }
  return check.end();
}

/** The same for a file read as a stream of text (lib/training-data/jsonl.ts parseJsonlStream). */
export async function validateTrainingStream(
  lines: AsyncIterable<JsonlLine>,
  options: CheckOptions,
): Promise<TrainingFileReport> {
  const check = fileCheck(options);
  for await (const entry of lines) {
    const failure = check.add(entry);
    if (failure) return failure;
  }
  return check.end();
}

/** The check line by line: `add` gives the failure that ends it, `end` the verdict on the whole file. */
function fileCheck(options: CheckOptions) {
  const { purpose } = options;
  const fail = (detail: string, line: number | null): TrainingFileReport => ({
    ok: false,
    error: {
      code: `invalid_${purpose}_file`,
      message: fileErrorMessage(purpose, detail),
      param: `${purpose}_file`,
      line,
    },
  });
  const tokenLimit = tokenLimitForModel(options.model);
  let examples = 0;
  let billingTokens = 0;
  let examplesOverLimit = 0;
  return {
    add(entry: JsonlLine): TrainingFileReport | null {
      if ("error" in entry) return fail(invalidJsonDetail(entry.line, entry.error), entry.line);
      const { issues, tokens } = checkExample(entry.value, options);
      const error = issues.find((issue) => issue.severity === "error");
      if (error) return fail(exampleIssueDetail(entry.line, error), entry.line);
      examples += 1;
      billingTokens += Math.min(tokenLimit, tokens);
      if (tokens > tokenLimit) examplesOverLimit += 1;
      return null;
    },
    end(): TrainingFileReport {
      if (examples === 0) return fail(emptyFileDetail(purpose), null);
      if (purpose === "training" && examples < MIN_TRAINING_EXAMPLES) return fail(tooFewExamplesDetail(examples), null);
      return { ok: true, examples, billingTokens, examplesOverLimit, tokenLimit };
    },
  };
}
