import { describe, expect, it, vi } from "vitest";
import { readJsonBody } from "./json-body";

const KB = 1024;

/** A POST whose body is `chunks`, streamed (no Content-Length unless given); records reads and cancellation. */
function post(chunks: string[], headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[seen.pulled];
      if (next === undefined) return controller.close();
      seen.pulled += 1;
      controller.enqueue(encoder.encode(next));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const request = new Request("http://localhost/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, seen };
}

const tooLarge = expect.objectContaining({ code: "too_large" });

describe("readJsonBody", () => {
  it("parses a body with an honest length", async () => {
    const text = JSON.stringify({ hello: "wörld" });
    const { request } = post([text], { "content-length": String(Buffer.byteLength(text)) });
    expect(await readJsonBody(request, 16 * KB)).toEqual({ hello: "wörld" });
  });

  it("parses a streamed body without a length, split anywhere", async () => {
    const { request } = post(['{"a": [1, ', "2, 3]", "}"]);
    expect(await readJsonBody(request, 16 * KB)).toEqual({ a: [1, 2, 3] });
  });

  it("gives undefined for a body that is not JSON, or none", async () => {
    expect(await readJsonBody(post(["{not json"]).request, 16 * KB)).toBeUndefined();
    expect(await readJsonBody(new Request("http://localhost/api", { method: "POST" }), 16 * KB)).toBeUndefined();
  });

  it("takes a body of exactly the cap", async () => {
    const text = `"${"x".repeat(16 * KB - 2)}"`;
    expect(await readJsonBody(post([text]).request, 16 * KB)).toHaveLength(16 * KB - 2);
  });

  it("refuses a body whose Content-Length is over the cap before reading it", async () => {
    const chunks = Array.from({ length: 50 * KB }, () => "x".repeat(KB));
    const { request, seen } = post(chunks, { "content-length": String(50 * KB * KB) });
    await expect(readJsonBody(request, 16 * KB)).rejects.toThrow(tooLarge);
    await vi.waitFor(() => expect(seen.cancelled).toBe(true), { timeout: 5_000 });
    expect(seen.pulled).toBeLessThan(4 * KB + 4);
  });

  it("refuses a body that lies about its length, or sends none, once the bytes pass the cap, and reads no further", async () => {
    const chunks = Array.from({ length: 50 * KB }, () => "x".repeat(KB));
    for (const headers of [{ "content-length": "2" }, {}] as Record<string, string>[]) {
      const { request, seen } = post(chunks, headers);
      await expect(readJsonBody(request, 16 * KB)).rejects.toThrow(tooLarge);
      await vi.waitFor(() => expect(seen.cancelled).toBe(true), { timeout: 5_000 });
      expect(seen.pulled).toBeLessThan(16 + 4 * KB + 4);
    }
  });
});
