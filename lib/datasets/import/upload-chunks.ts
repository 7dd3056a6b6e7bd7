/** An upload's bytes as they arrive, refusing a file that is too large or is not text at all. */
import { fileError } from "./file-error";

const MB = 1024 * 1024;

/** Stops receiving the rest of the upload as soon as it, or the code reading the chunks, refuses the file. */
export async function* uploadChunks(
  body: ReadableStream<Uint8Array>,
  options: { maxFileBytes: number; binaryCode: Parameters<typeof fileError>[0] },
): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let fileBytes = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      fileBytes += value.byteLength;
      if (fileBytes > options.maxFileBytes) throw fileError("fileTooLarge", { maxMb: options.maxFileBytes / MB });
      // Text never holds a NUL byte; binary files (spreadsheets, UTF-16 text) almost always do.
      if (value.includes(0)) throw fileError(options.binaryCode);
      yield value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
