/** Streams chunks as server-sent events the way OpenAI streams chat: `data: <json>` each, then `data: [DONE]`. */
import { hashText, seededRandom } from "./random";

/** Milliseconds to wait before sending the chunk at an index. */
type Pace = (index: number) => number;

/**
 * The rhythm of a hosted model: the first chunk after 200–400 ms (time to first token), then 15–40 ms per
 * token. The jitter is seeded, so one answer streams the same way each time.
 */
export function realisticPace(seed: number): Pace {
  return (index) => {
    const jitter = seededRandom(hashText(String(index), seed))();
    return index === 0 ? 200 + 200 * jitter : 15 + 25 * jitter;
  };
}

/**
 * The chunks as an SSE body, each sent after its delay. When the client goes away (the body is cancelled,
 * or `signal` aborts) it stops at once: the pending timer is cleared and no further chunk is produced.
 * With `hold`, the stream waits after its first chunk until the promise `hold` returns settles; the signal it
 * gets aborts when the stream stops meanwhile.
 */
export function sseStream(
  chunks: Iterable<object>,
  { delayMs, signal, hold }: { delayMs: Pace; signal?: AbortSignal; hold?: (stopped: AbortSignal) => Promise<void> },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const event = (data: string) => encoder.encode(`data: ${data}\n\n`);
  const iterator = chunks[Symbol.iterator]();
  let index = 0;
  let state: "streaming" | "aborted" | "cancelled" = "streaming";
  let wakeUp: (() => void) | undefined;
  const stopped = new AbortController();
  const stop = (reason: "aborted" | "cancelled") => {
    if (state !== "streaming") return;
    state = reason;
    signal?.removeEventListener("abort", abort);
    stopped.abort();
    wakeUp?.();
    iterator.return?.();
  };
  const abort = () => stop("aborted");
  if (signal?.aborted) abort();
  else signal?.addEventListener("abort", abort, { once: true });
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => wakeUp?.(), ms);
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      };
    });

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (hold && index === 1 && state === "streaming") await hold(stopped.signal);
        const next = state === "streaming" ? iterator.next() : undefined;
        if (next && !next.done) {
          const delay = delayMs(index++);
          if (delay > 0) await wait(delay);
          if (state === "streaming") {
            controller.enqueue(event(JSON.stringify(next.value)));
            return;
          }
        }
        if (next?.done) {
          controller.enqueue(event("[DONE]"));
          signal?.removeEventListener("abort", abort);
        }
        // A cancelled body is closed already; an aborted or finished one is closed here.
        if (state !== "cancelled") controller.close();
      },
      cancel: () => stop("cancelled"),
    },
    // Pull only when the client reads, so chunks are paced as they go out rather than buffered ahead.
    { highWaterMark: 0 },
  );
}
