/** What the browser's mapping step shows of a CSV/TSV file before the upload: its columns, first rows and a guess. */
import type { CsvMapping } from "./csv-mapping";
import { CsvRowReader, detectDelimiter } from "./csv-rows";

type CsvPreview = { delimiter: string; columns: string[]; rows: string[][]; guess: CsvMapping };

const PREVIEW_ROWS = 5;

// Words in column names (English and German), checked in this order: "system_prompt" is the system prompt.
const ROLE_WORDS = [
  ["system", ["system"]],
  ["assistant", ["assistant", "answer", "antwort", "response", "output", "completion"]],
  ["user", ["user", "question", "frage", "prompt", "input"]],
] as const;

/** From the first ~64 KB of the file: a row cut off at its end shows as it is. */
export function previewCsv(text: string, filename: string): CsvPreview {
  const sample = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = detectDelimiter(sample, filename);
  const reader = new CsvRowReader(delimiter);
  const [header, ...rows] = [...reader.read(sample), ...reader.end()];
  const columns = header?.fields.map((name) => name.trim()) ?? [];
  return {
    delimiter,
    columns,
    rows: rows.slice(0, PREVIEW_ROWS).map((row) => row.fields),
    guess: { columns: guessRoles(columns), hasHeader: true },
  };
}

/** Each role goes to the first column whose name has one of its words; the other columns are ignored. */
function guessRoles(columns: string[]): CsvMapping["columns"] {
  const taken = new Set<string>();
  const guess: CsvMapping["columns"] = {};
  for (const column of columns) {
    const words = column
      .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u);
    const match = ROLE_WORDS.find(([role, names]) => !taken.has(role) && names.some((name) => words.includes(name)));
    guess[column] = match?.[0] ?? "ignore";
    if (match) taken.add(match[0]);
  }
  return guess;
}
