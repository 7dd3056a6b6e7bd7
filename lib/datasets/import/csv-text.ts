/**
 * Decodes an upload as UTF-8 text (with or without BOM), chunk by chunk as it arrives, refusing what is not
 * a text file and naming the line of the first invalid byte.
 */
import { fileError } from "./file-error";
import { uploadChunks } from "./upload-chunks";

const LF = 0x0a;

export async function* decodeUtf8(
  body: ReadableStream<Uint8Array>,
  limits: { maxFileBytes: number },
): AsyncGenerator<string> {
  // Strips a BOM at the start of the stream (only there); `stream: true` carries characters split across chunks.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  const decode = (bytes?: Uint8Array) => {
    try {
      return decoder.decode(bytes, { stream: bytes !== undefined });
    } catch {
      throw fileError("invalidUtf8", { line });
    }
  };

  for await (const value of uploadChunks(body, { maxFileBytes: limits.maxFileBytes, binaryCode: "csvBinaryFile" })) {
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
  const text = decode();
  if (text) yield text;
}
