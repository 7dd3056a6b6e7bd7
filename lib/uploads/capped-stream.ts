/**
 * The one reader of request bodies: it hands on the bytes as they arrive and, once they pass a cap, throws and stops
 * taking the body (nothing more is kept, and the stream is cancelled). Content-Length is never trusted for this.
 */

// What the sender had already sent when the body was refused is still read, and dropped, for a moment: closing a
// connection with unread bytes resets it, and a client that finished sending then often loses the 413 on its way.
const LINGER_BYTES = 8 * 1024 * 1024;
const LINGER_MS = 2_000;

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

/** Stops taking a body that will not be read: in the background, what is already on its way is dropped, then it is cancelled. */
export function refuseBody(body: ReadableStream<Uint8Array>): void {
  refuse(body.getReader());
}

function refuse(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  void (async () => {
    const timer = new Promise<"late">((resolve) => setTimeout(resolve, LINGER_MS, "late").unref());
    let dropped = 0;
    try {
      while (dropped <= LINGER_BYTES) {
        const read = await Promise.race([reader.read(), timer]);
        if (read === "late") break;
        if (read.done) return;
        dropped += read.value.byteLength;
      }
      await reader.cancel();
    } catch {
      // The sender is gone already.
    }
  })();
}

/** Whether the request says, by its Content-Length, that its body is larger than `maxBytes`. */
export function declaresMoreThan(request: Request, maxBytes: number): boolean {
  return Number(request.headers.get("content-length") ?? 0) > maxBytes;
}
