/**
 * The first pass of an import: reads the upload, refuses a bad file before anything is saved, and writes
 * each example, checked and ready to insert, to a file on disk (so neither the upload nor its examples
 * have to fit in memory, and the database transaction that follows runs at disk speed, not upload speed).
 */
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { isRecord } from "@/lib/training-data/chat-message";
import {
  type DatasetKind,
  type ExampleData,
  MAX_EXAMPLE_BYTES,
  type PreparedExample,
  prepareExample,
} from "../example-data";
import { fileError } from "./file-error";
import { readTextLines } from "./lines";

export type ImportFormat = "chat" | "dpo" | "prompt_completion";

/** What the spool holds, for the cached counts of the dataset. */
export type SpoolSummary = {
  format: ImportFormat;
  kind: DatasetKind;
  examples: number;
  tokens: number;
  withErrors: number;
  withWarnings: number;
};

/** Counts a checked example into the summary, and gives the line the spool file keeps for it. */
export function spoolLine(summary: SpoolSummary, prepared: PreparedExample): string {
  summary.examples += 1;
  summary.tokens += prepared.tokens;
  summary.withErrors += prepared.errorCount > 0 ? 1 : 0;
  summary.withWarnings += prepared.warningCount > 0 ? 1 : 0;
  return `${JSON.stringify(prepared)}\n`;
}

export async function writeSpool(path: string, lines: () => AsyncGenerator<string>): Promise<void> {
  // Opened first, so the file exists (and can be removed) by the time a refusal ends the pipeline.
  const file = await fs.promises.open(path, "w");
  // The pipeline waits for the disk when it falls behind, and closes the file whatever happens.
  await pipeline(lines, file.createWriteStream());
}

/**
 * More examples than this are refused (1 000 000 tiny lines, say): the editor, duplicate search and the
 * dataset report look at every example, and their memory grows with the count, not the bytes.
 */
export const MAX_IMPORT_EXAMPLES = 500_000;

export async function spoolExamples(options: {
  body: ReadableStream<Uint8Array>;
  path: string;
  dataset: { kind: DatasetKind; baseModel: string; exampleCount: number };
  maxFileBytes: number;
}): Promise<SpoolSummary> {
  const { dataset } = options;
  const limits = { maxLineBytes: MAX_EXAMPLE_BYTES, maxLines: MAX_IMPORT_EXAMPLES, maxFileBytes: options.maxFileBytes };
  let summary: SpoolSummary | null = null;
  async function* spooled() {
    for await (const { line, text } of readTextLines(options.body, limits)) {
      if (!summary && text.trimStart().startsWith("[")) throw fileError("jsonArray");
      const value = parseLine(text, line);
      summary ??= startSummary(value, line, dataset);
      const example = summary.format === "prompt_completion" ? fromPromptCompletion(value) : value;
      yield spoolLine(summary, prepareExample(example, { kind: summary.kind, baseModel: dataset.baseModel }));
    }
  }
  await writeSpool(options.path, spooled);
  if (!summary) throw fileError("emptyFile");
  return summary;
}

function parseLine(text: string, line: number): ExampleData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fileError("notJson", { line });
  }
  if (!isRecord(value)) throw fileError("notObject", { line });
  return value;
}

/** The first example decides the format; a dataset that has examples keeps its kind. */
function startSummary(
  first: ExampleData,
  line: number,
  dataset: { kind: DatasetKind; exampleCount: number },
): SpoolSummary {
  const format = detectFormat(first);
  if (!format) throw fileError("unknownFormat", { line });
  const kind = format === "dpo" ? "dpo" : "chat";
  if (dataset.exampleCount > 0 && dataset.kind !== kind) {
    throw fileError("kindMismatch", { format, kind: dataset.kind });
  }
  return { format, kind, examples: 0, tokens: 0, withErrors: 0, withWarnings: 0 };
}

function detectFormat(value: ExampleData): ImportFormat | null {
  if ("messages" in value) return "chat";
  if ("input" in value && ("preferred_output" in value || "preferred_completion" in value)) return "dpo";
  if ("prompt" in value || "completion" in value) return "prompt_completion";
  return null;
}

/** The legacy completions format as a chat: the prompt is what the user says, the completion the answer. */
function fromPromptCompletion(value: ExampleData): ExampleData {
  if ("messages" in value || !("prompt" in value || "completion" in value)) return value;
  const { prompt, completion, ...rest } = value;
  return {
    messages: [
      { role: "user", content: prompt ?? "" },
      { role: "assistant", content: completion ?? "" },
    ],
    ...rest,
  };
}
