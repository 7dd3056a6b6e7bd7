import { describe, expect, it, vi } from "vitest";
import { readCapped, refuseBody } from "./capped-stream";

/** A stream of `count` chunks of `size` bytes that records how many chunks were pulled and whether it was cancelled. */
function source(count: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === count) return controller.close();
      seen.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(65));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

const tooLarge = () => new Error("too large");

async function total(body: ReadableStream<Uint8Array>, maxBytes: number) {
  let bytes = 0;
  for await (const chunk of readCapped(body, { maxBytes, tooLarge })) bytes += chunk.byteLength;
  return bytes;
}

describe("readCapped", () => {
  it("hands on a body of exactly the cap whole", async () => {
    const { stream, seen } = source(4, 256);
    expect(await total(stream, 1024)).toBe(1024);
    expect(seen.cancelled).toBe(false);
  });

  it("refuses at the first chunk past the cap, reads no further, and cancels the stream once the answer is out", async () => {
    const { stream, seen } = source(50 * 1024, 1024);
    await expect(total(stream, 1024 * 1024)).rejects.toThrow("too large");
    await vi.waitFor(() => expect(seen.cancelled).toBe(true), { timeout: 5_000 });
    // The cap, and at most 4 MB dropped after it: not the 50 MB that were on offer.
    expect(seen.pulled).toBeLessThan(1024 + 4 * 1024 + 4);
  });

  it("stops taking the stream when the consumer stops early", async () => {
    const { stream, seen } = source(50 * 1024, 1024);
    for await (const _ of readCapped(stream, { maxBytes: 100 * 1024 * 1024, tooLarge })) break;
    await vi.waitFor(() => expect(seen.cancelled).toBe(true), { timeout: 5_000 });
    expect(seen.pulled).toBeLessThan(4 * 1024 + 4);
  });
});

describe("refuseBody", () => {
  it("reads a small body to its end and drops it, so the client is not cut off before the answer", async () => {
    const { stream, seen } = source(2 * 1024, 1024);
    refuseBody(stream);
    await vi.waitFor(() => expect(seen.pulled).toBe(2 * 1024));
  });

  it("reads at most 4 MB of a large body, and cancels it a moment later", async () => {
    const { stream, seen } = source(50 * 1024, 1024);
    refuseBody(stream);
    await vi.waitFor(() => expect(seen.cancelled).toBe(true), { timeout: 5_000 });
    expect(seen.pulled).toBeLessThan(4 * 1024 + 4);
  });
});
