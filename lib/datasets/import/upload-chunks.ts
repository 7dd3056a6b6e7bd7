/** An upload's bytes as they arrive, refusing a file that is too large or is not text at all. */
import { readCapped } from "@/lib/uploads/capped-stream";
import { uploadTooLarge } from "@/lib/uploads/limit";
import { fileError } from "./file-error";

/** Stops receiving the rest of the upload as soon as it, or the code reading the chunks, refuses the file. */
export async function* uploadChunks(
  body: ReadableStream<Uint8Array>,
  options: { maxFileBytes: number; binaryCode: Parameters<typeof fileError>[0] },
): AsyncGenerator<Uint8Array> {
  const tooLarge = () => uploadTooLarge(options.maxFileBytes);
  for await (const value of readCapped(body, { maxBytes: options.maxFileBytes, tooLarge })) {
    // Text never holds a NUL byte; binary files (spreadsheets, UTF-16 text) almost always do.
    if (value.includes(0)) throw fileError(options.binaryCode);
    yield value;
  }
}
