/** Reads JSONL as OpenAI does: UTF-8 with or without a BOM, LF or CRLF line ends, blank lines skipped. */
type JsonlLine = { line: number; value: unknown } | { line: number; error: string };

/** Each non-blank line, numbered as in the file (from 1), with its JSON value or why it is not JSON. */
export function* parseJsonlLines(text: string): Generator<JsonlLine> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [index, source] of lines.entries()) {
    if (source.trim() === "") continue;
    yield parseLine(index + 1, source);
  }
}

function parseLine(line: number, source: string): JsonlLine {
  try {
    return { line, value: JSON.parse(source) };
  } catch (error) {
    return { line, error: error instanceof Error ? error.message : String(error) };
  }
}
