/**
 * Decodes an upload as UTF-8 text (with or without BOM), chunk by chunk as it arrives, refusing what is not
 * a text file and naming the line of the first invalid byte.
 */
import { fileError } from "./file-error";

const LF = 0x0a;
const MB = 1024 * 1024;

export async function* decodeUtf8(
  body: ReadableStream<Uint8Array>,
  limits: { maxFileBytes: number },
): AsyncGenerator<string> {
  const reader = body.getReader();
  // Strips a BOM at the start of the stream (only there); `stream: true` carries characters split across chunks.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let fileBytes = 0;
  let finished = false;
  const decode = (bytes?: Uint8Array) => {
    try {
      return decoder.decode(bytes, { stream: bytes !== undefined });
    } catch {
      throw fileError("invalidUtf8", { line });
    }
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      fileBytes += value.byteLength;
      if (fileBytes > limits.maxFileBytes) throw fileError("fileTooLarge", { maxMb: limits.maxFileBytes / MB });
      // Text never holds a NUL byte; binary files (spreadsheets, UTF-16 text) almost always do.
      if (value.includes(0)) throw fileError("csvBinaryFile");
      // Decoded a line at a time (an LF byte is never part of a longer character), to know where a bad byte is.
      let text = "";
      let start = 0;
      for (let end = value.indexOf(LF); end !== -1; end = value.indexOf(LF, start)) {
        text += decode(value.subarray(start, end + 1));
        line += 1;
        start = end + 1;
      }
      text += decode(value.subarray(start));
      if (text) yield text;
    }
    finished = true;
    const text = decode();
    if (text) yield text;
  } finally {
    // Refused or abandoned early: stop receiving the rest of the upload.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
