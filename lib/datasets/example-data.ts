/** An example as a dataset stores it: its JSONL line, and what the list and the report need, computed once. */
import { z } from "zod";
import { isRecord } from "@/lib/training-data/chat-message";
import { checkExample } from "@/lib/training-data/check";
import { type ExampleIssue, exampleIssueSchema } from "@/lib/training-data/issues";
import { contentText } from "@/lib/training-data/tokens";
import { sensitiveDataIssues } from "./sensitive-data";

export const DATASET_KINDS = ["chat", "dpo"] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** OpenAI refuses longer lines; an example this big is a mistake, not training data. */
export const MAX_EXAMPLE_BYTES = 10 * 1024 * 1024;
const PREVIEW_LENGTH = 160;

export type ExampleData = Record<string, unknown>;

export type PreparedExample = {
  data: string;
  preview: string;
  tokens: number;
  issues: string;
  errorCount: number;
  warningCount: number;
};

export function prepareExample(value: ExampleData, dataset: { kind: string; baseModel: string }): PreparedExample {
  const { issues, tokens } = examineExample(value, dataset);
  return {
    data: JSON.stringify(value),
    preview: previewOf(value, dataset.kind),
    tokens,
    issues: JSON.stringify(issues),
    errorCount: issues.filter((issue) => issue.severity === "error").length,
    warningCount: issues.filter((issue) => issue.severity === "warning").length,
  };
}

/** What a new, empty example of a kind looks like in the editor. */
export function blankExample(kind: string): ExampleData {
  const user = { role: "user", content: "" };
  const assistant = { role: "assistant", content: "" };
  return kind === "dpo"
    ? { input: { messages: [user] }, preferred_output: [assistant], non_preferred_output: [assistant] }
    : { messages: [user, assistant] };
}

/** The first user message (of the input, for DPO), on one line and cut to fit a list row. */
function previewOf(value: ExampleData, kind: string): string {
  const messages = kind === "dpo" ? (isRecord(value.input) ? value.input.messages : null) : value.messages;
  if (!Array.isArray(messages)) return "";
  const first: unknown = messages.find((message) => isRecord(message) && message.role === "user");
  const text = contentText(isRecord(first) ? first.content : null)
    .replace(/\s+/g, " ")
    .trim();
  const characters = Array.from(text);
  return characters.length <= PREVIEW_LENGTH ? text : `${characters.slice(0, PREVIEW_LENGTH - 1).join("")}…`;
}

const dataSchema = z.record(z.string(), z.unknown());

/** The stored JSON columns of an example, parsed; issues written by an older version of the checks are redone. */
export function parseStoredExample(
  row: { data: string; issues: string },
  dataset: { kind: string; baseModel: string },
): { data: ExampleData; issues: ExampleIssue[] } {
  const data = dataSchema.parse(JSON.parse(row.data));
  const issues = z.array(exampleIssueSchema).safeParse(JSON.parse(row.issues));
  return { data, issues: issues.success ? issues.data : examineExample(data, dataset).issues };
}

/** What the provider would say about an example, plus what it should never see (sensitive data). */
function examineExample(value: ExampleData, dataset: { kind: string; baseModel: string }) {
  const { issues, tokens } = checkExample(value, checkOptions(dataset));
  return { issues: [...issues, ...sensitiveDataIssues(value)], tokens };
}

function checkOptions(dataset: { kind: string; baseModel: string }) {
  return { method: dataset.kind === "dpo" ? ("dpo" as const) : ("supervised" as const), model: dataset.baseModel };
}
