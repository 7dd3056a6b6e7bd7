/**
 * The one reader of request bodies: it hands on the bytes as they arrive and, once they pass a cap, throws and stops
 * reading the body (nothing more is read or kept; the stream is cancelled). Content-Length is never trusted for this.
 */

// A refused body is cancelled a moment later, not at once: cancelling aborts the request, and Next then drops the
// response on its way, so a client would see a reset connection instead of the 413. Meanwhile nothing is read: the
// sender is held back by TCP flow control.
const CANCEL_DELAY_MS = 2_000;
// A body refused by its Content-Length before any of it was read is different: a small one has usually been sent
// whole already, and unless it is taken off the connection the client loses the answer. Up to this much is read and
// dropped (never kept).
const DROP_MAX_BYTES = 8 * 1024 * 1024;

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

/**
 * Refuses a request's body by its Content-Length, unread: one of at most 8 MB is read to its end and dropped, a larger
 * one is not read at all; either is cancelled once the answer is out.
 */
export function refuseBody(body: ReadableStream<Uint8Array>, declaredBytes: number): void {
  const reader = body.getReader();
  refuse(reader);
  if (declaredBytes > DROP_MAX_BYTES) return;
  void (async () => {
    let dropped = 0;
    try {
      while (dropped <= DROP_MAX_BYTES) {
        const { done, value } = await reader.read();
        if (done) return;
        dropped += value.byteLength;
      }
    } catch {
      // The sender is gone.
    }
  })();
}

function refuse(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  setTimeout(() => void reader.cancel().catch(() => undefined), CANCEL_DELAY_MS).unref();
}

/**
 * Headers of the answer to a refused body (413): the rest of that body may still be on the connection, so it cannot
 * carry another request; the client opens a new one.
 */
export const REFUSED_BODY_HEADERS = { Connection: "close" };

/** The body's size by the request's Content-Length (0 when it sends none). */
export function declaredBytes(request: Request): number {
  return Number(request.headers.get("content-length") ?? 0) || 0;
}
