/**
 * The one reader of request bodies: it hands on the bytes as they arrive and, once they pass a cap, throws and stops
 * reading the body (nothing more is read or kept; the stream is cancelled). Content-Length is never trusted for this.
 */

// A refused body is cancelled a moment later, not at once: cancelling aborts the request, and Next then drops the
// response on its way, so a client would see a reset connection instead of the 413. Meanwhile nothing is read: the
// sender is held back by TCP flow control.
const CANCEL_DELAY_MS = 2_000;

/** The body's chunks, at most `maxBytes` in all; past that the body is refused (`refuseBody`) and `tooLarge()` thrown. */
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
    if (!finished) refuse(reader);
    else reader.releaseLock();
  }
}

/** Stops taking a body that will not be read: nothing more of it is read, and it is cancelled once the answer is out. */
export function refuseBody(body: ReadableStream<Uint8Array>): void {
  refuse(body.getReader());
}

function refuse(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  setTimeout(() => void reader.cancel().catch(() => undefined), CANCEL_DELAY_MS).unref();
}

/** Whether the request says, by its Content-Length, that its body is larger than `maxBytes`. */
export function declaresMoreThan(request: Request, maxBytes: number): boolean {
  return Number(request.headers.get("content-length") ?? 0) > maxBytes;
}
