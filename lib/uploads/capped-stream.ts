/**
 * The one reader of request bodies: it hands on the bytes as they arrive and, once they pass a cap, throws and stops
 * taking the body (nothing more is kept, at most 4 MB more is read, then it is cancelled). Content-Length is never
 * trusted for this.
 */

// A refused body is not simply cancelled: that aborts the request, and Next then drops the response on its way, so
// the client sees a reset connection instead of the 413. What the client already sent (a small body is usually all
// on its way) is read up to this much and dropped, never kept, so the connection stays usable; past that nothing
// more is read (TCP flow control holds the sender back) and the body is cancelled once the answer is out.
const DROP_MAX_BYTES = 4 * 1024 * 1024;
const CANCEL_DELAY_MS = 2_000;

/** The body's chunks, at most `maxBytes` in all; past that the body is refused (see refuse) and `tooLarge()` thrown. */
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

/** Refuses a request's body unread (by its Content-Length): see refuse. */
export function refuseBody(body: ReadableStream<Uint8Array>): void {
  refuse(body.getReader());
}

function refuse(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  setTimeout(() => void reader.cancel().catch(() => undefined), CANCEL_DELAY_MS).unref();
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

/** The body's size by the request's Content-Length (0 when it sends none). */
export function declaredBytes(request: Request): number {
  return Number(request.headers.get("content-length") ?? 0) || 0;
}
