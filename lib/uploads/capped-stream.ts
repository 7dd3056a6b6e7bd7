/**
 * The one reader of request bodies: it hands on the bytes as they arrive and, once they pass a cap, cancels the
 * rest of the stream (so nothing more is read or held) and throws. Content-Length is never trusted for this.
 */

/** The body's chunks, at most `maxBytes` in all; past that the stream is cancelled and `tooLarge()` is thrown. */
export async function* readCapped(
  body: ReadableStream<Uint8Array>,
  options: { maxBytes: number; tooLarge: () => Error },
): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let bytes = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > options.maxBytes) throw options.tooLarge();
      yield value;
    }
    finished = true;
  } finally {
    // A refusal, or a consumer that stopped early (a refused file, a failed write): the sender is cut off.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Whether the request says, by its Content-Length, that its body is larger than `maxBytes`. */
export function declaresMoreThan(request: Request, maxBytes: number): boolean {
  return Number(request.headers.get("content-length") ?? 0) > maxBytes;
}
