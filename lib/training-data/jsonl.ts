/** Reads JSONL as OpenAI does: UTF-8 with or without a BOM, LF or CRLF line ends, blank lines skipped. */
export type JsonlLine = { line: number; value: unknown } | { line: number; error: string };

/** Each non-blank line, numbered as in the file (from 1), with its JSON value or why it is not JSON. */
export function* parseJsonlLines(text: string): Generator<JsonlLine> {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [index, source] of lines.entries()) {
    if (source.trim() === "") continue;
    yield parseLine(index + 1, source);
  }
}

/** The same for a file read as a stream of text, holding one line at a time (not the whole file) in memory. */
export async function* parseJsonlStream(chunks: AsyncIterable<string>): AsyncGenerator<JsonlLine> {
  let pending: string[] = [];
  let line = 0;
  const take = (): JsonlLine | null => {
    line += 1;
    let source = pending.join("");
    pending = [];
    if (source.endsWith("\r")) source = source.slice(0, -1);
    if (line === 1) source = source.replace(/^\uFEFF/, "");
    return source.trim() === "" ? null : parseLine(line, source);
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      pending.push(chunk.slice(start, end));
      start = end + 1;
      const entry = take();
      if (entry) yield entry;
    }
    if (start < chunk.length) pending.push(chunk.slice(start));
  }
  const last = take();
  if (last) yield last;
}

function parseLine(line: number, source: string): JsonlLine {
  try {
    return { line, value: JSON.parse(source) };
  } catch (error) {
    return { line, error: error instanceof Error ? error.message : String(error) };
  }
}
