/** Checks a JSONL training or validation file the way OpenAI does before a fine-tuning job starts. */
import { type ChatExample, parseChatExample } from "./chat-example";
import { parseDpoExample } from "./dpo-example";
import { parseJsonlLines } from "./jsonl";
import {
  type ExampleProblem,
  emptyFileDetail,
  exampleProblemDetail,
  type FilePurpose,
  fileErrorMessage,
  invalidJsonDetail,
  MIN_TRAINING_EXAMPLES,
  tooFewExamplesDetail,
} from "./problems";
import { tokenLimitForModel } from "./token-limits";
import { countChatTokens, countTextTokens } from "./tokens";

type TrainingMethod = "supervised" | "dpo";

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

/** Stops at the first problem, as OpenAI does. Examples over the token limit are truncated, not refused. */
export function validateTrainingFile(
  text: string,
  options: { method: TrainingMethod; model: string; purpose: FilePurpose },
): TrainingFileReport {
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
  for (const entry of parseJsonlLines(text)) {
    if ("error" in entry) return fail(invalidJsonDetail(entry.line, entry.error), entry.line);
    const read = readExample(entry.value, options.method);
    if ("problem" in read) return fail(exampleProblemDetail(entry.line, read.problem), entry.line);
    examples += 1;
    billingTokens += Math.min(tokenLimit, read.tokens);
    if (read.tokens > tokenLimit) examplesOverLimit += 1;
  }
  if (examples === 0) return fail(emptyFileDetail(purpose), null);
  if (purpose === "training" && examples < MIN_TRAINING_EXAMPLES) return fail(tooFewExamplesDetail(examples), null);
  return { ok: true, examples, billingTokens, examplesOverLimit, tokenLimit };
}

// A preference example trains on its input and preferred answer; tool definitions are part of the prompt too.
function readExample(value: unknown, method: TrainingMethod): { tokens: number } | { problem: ExampleProblem } {
  if (method === "dpo") {
    const parsed = parseDpoExample(value);
    if ("problem" in parsed) return parsed;
    const { input, preferred_output } = parsed.example;
    return { tokens: countChatTokens([...input.messages, ...preferred_output]) + toolTokens(input) };
  }
  const parsed = parseChatExample(value);
  if ("problem" in parsed) return parsed;
  return { tokens: countChatTokens(parsed.example.messages) + toolTokens(parsed.example) };
}

function toolTokens({ tools, functions }: Pick<ChatExample, "tools" | "functions">): number {
  return (
    (tools?.length ? countTextTokens(JSON.stringify(tools)) : 0) +
    (functions?.length ? countTextTokens(JSON.stringify(functions)) : 0)
  );
}
