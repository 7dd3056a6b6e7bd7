/**
 * Reads JSONL from a byte stream one line at a time, as OpenAI reads it (UTF-8 with or without BOM, LF or
 * CRLF, blank lines skipped), holding at most one line in memory and refusing what is not a text file.
 */
import { fileError } from "./file-error";
import { uploadChunks } from "./upload-chunks";

type LineLimits = { maxLineBytes: number; maxLines: number; maxFileBytes: number };

const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf];
const MB = 1024 * 1024;

/** Each non-blank line with its number in the file (from 1). Stops reading the stream at the first refusal. */
export async function* readTextLines(
  body: ReadableStream<Uint8Array>,
  limits: LineLimits,
): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let line = 0;
  let lines = 0;

  const take = (piece: Uint8Array) => {
    if (pendingBytes + piece.byteLength > limits.maxLineBytes) {
      throw fileError("lineTooLong", { line: line + 1, maxMb: limits.maxLineBytes / MB });
    }
    pending.push(piece);
    pendingBytes += piece.byteLength;
  };
  // The line taken so far as text, or null when it is blank.
  const endLine = (): string | null => {
    line += 1;
    let bytes = concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (bytes.at(-1) === CR) bytes = bytes.subarray(0, -1);
    if (line === 1 && BOM.every((byte, index) => bytes[index] === byte)) bytes = bytes.subarray(BOM.length);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw fileError("invalidUtf8", { line });
    }
    if (text.trim() === "") return null;
    lines += 1;
    if (lines > limits.maxLines) throw fileError("tooManyLines", { max: limits.maxLines });
    return text;
  };

  for await (const value of uploadChunks(body, { maxFileBytes: limits.maxFileBytes, binaryCode: "binaryFile" })) {
    let start = 0;
    for (let end = value.indexOf(LF); end !== -1; end = value.indexOf(LF, start)) {
      take(value.subarray(start, end));
      start = end + 1;
      const text = endLine();
      if (text !== null) yield { line, text };
    }
    // Copied: the rest waits for the next chunk, and the stream may reuse this one.
    if (start < value.byteLength) take(value.slice(start));
  }
  if (pendingBytes > 0) {
    const text = endLine();
    if (text !== null) yield { line, text };
  }
}

function concat(pieces: Uint8Array[], bytes: number): Uint8Array {
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  const joined = new Uint8Array(bytes);
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.byteLength;
  }
  return joined;
}
