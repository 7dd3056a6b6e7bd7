import { describe, expect, it } from "vitest";
import { realisticPace, sseStream } from "./sse";

const chunks = [{ n: 1, text: "Grüße 👋🏽" }, { n: 2 }, { n: 3 }];
const noDelay = () => 0;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("sseStream", () => {
  it("sends each chunk as a data event and ends with [DONE]", async () => {
    const text = await readAll(sseStream(chunks, { delayMs: noDelay }));
    expect(text).toBe(`${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join("")}data: [DONE]\n\n`);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  it("waits each chunk's delay before sending it, and none before [DONE]", async () => {
    const asked: number[] = [];
    const started = performance.now();
    const delayMs = (index: number) => {
      asked.push(index);
      return 30;
    };
    await readAll(sseStream(chunks, { delayMs }));
    expect(asked).toEqual([0, 1, 2]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(85);
  });

  it("stops producing chunks when the client cancels, without waiting out the delay", async () => {
    let finished = false;
    function* produce() {
      try {
        yield* chunks;
      } finally {
        finished = true;
      }
    }
    const reader = sseStream(produce(), { delayMs: (index) => (index === 0 ? 0 : 60_000) }).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('"n":1');
    const pending = reader.read();
    await reader.cancel();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(finished).toBe(true);
  });

  it("closes without [DONE] when the request is aborted", async () => {
    const controller = new AbortController();
    const reader = sseStream(chunks, {
      delayMs: (index) => (index === 0 ? 0 : 60_000),
      signal: controller.signal,
    }).getReader();
    await reader.read();
    const pending = reader.read();
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it("with a hold, waits after the first chunk until the hold settles, then sends the rest", async () => {
    let release = () => {};
    const hold = () => new Promise<void>((resolve) => (release = resolve));
    const reader = sseStream(chunks, { delayMs: noDelay, hold }).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('"n":1');
    let second: string | undefined;
    const pending = reader.read().then((result) => (second = new TextDecoder().decode(result.value)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second).toBeUndefined();
    release();
    await pending;
    expect(second).toContain('"n":2');
  });

  it("tells the hold when the request is aborted during it, and closes", async () => {
    const controller = new AbortController();
    let held: (stopped: AbortSignal) => void = () => {};
    const holding = new Promise<AbortSignal>((resolve) => (held = resolve));
    const hold = (stopped: AbortSignal) => {
      held(stopped);
      return new Promise<void>((resolve) => stopped.addEventListener("abort", () => resolve()));
    };
    const reader = sseStream(chunks, { delayMs: noDelay, signal: controller.signal, hold }).getReader();
    await reader.read();
    const pending = reader.read();
    const stopped = await holding;
    controller.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(stopped.aborted).toBe(true);
  });

  it("sends nothing for a request that is already aborted", async () => {
    expect(await readAll(sseStream(chunks, { delayMs: noDelay, signal: AbortSignal.abort() }))).toBe("");
  });
});

describe("realisticPace", () => {
  it("waits 200–400 ms for the first token and 15–40 ms for each next one, the same way each time", () => {
    const pace = realisticPace(7);
    expect(pace(0)).toBeGreaterThanOrEqual(200);
    expect(pace(0)).toBeLessThanOrEqual(400);
    const next = Array.from({ length: 50 }, (_, index) => pace(index + 1));
    for (const delay of next) expect(delay).toBeGreaterThanOrEqual(15);
    for (const delay of next) expect(delay).toBeLessThanOrEqual(40);
    expect(new Set(next).size).toBeGreaterThan(10);
    expect(realisticPace(7)(3)).toBe(pace(3));
  });
});
