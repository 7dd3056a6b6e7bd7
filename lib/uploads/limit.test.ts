import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function withMaxMb(value: string) {
  vi.stubEnv("UPLOAD_MAX_MB", value);
  vi.resetModules();
  return import("./limit");
}

const MB = 1024 * 1024;

/** An upload of `chunks` chunks of 64 KB, streamed, with the given headers; records reads and cancellation. */
function upload(chunks: number, headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled += 1;
      controller.enqueue(new Uint8Array(64 * 1024).fill(120));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const request = new Request("http://localhost/upload", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, seen };
}

async function bytesOf(chunks: AsyncIterable<Uint8Array>) {
  let bytes = 0;
  for await (const chunk of chunks) bytes += chunk.byteLength;
  return bytes;
}

const refusal = (field: string, code: string, maxMb: number) =>
  expect.objectContaining({ code: "too_large", fields: { [field]: { code, params: { maxMb } } } });

describe("upload limits", () => {
  it("keep an upload's own limit when UPLOAD_MAX_MB is larger", async () => {
    const { uploadLimitBytes } = await withMaxMb("2000");
    expect(uploadLimitBytes(25 * MB)).toBe(25 * MB);
  });

  it("lower every upload's limit to UPLOAD_MAX_MB", async () => {
    const { uploadLimitBytes } = await withMaxMb("10");
    expect(uploadLimitBytes(1536 * MB)).toBe(10 * MB);
  });
});

describe("readUpload", () => {
  it("reads an upload of exactly the limit, with an honest length or none", async () => {
    const { readUpload } = await withMaxMb("1");
    for (const headers of [{ "content-length": String(MB) }, {}] as Record<string, string>[]) {
      const { request, seen } = upload(16, headers);
      expect(await bytesOf(await readUpload(request, { ownLimitBytes: 25 * MB }))).toBe(MB);
      expect(seen.cancelled).toBe(false);
    }
  });

  it("refuses a Content-Length over the limit before reading it", async () => {
    const { readUpload } = await withMaxMb("1");
    const { request, seen } = upload(1600, { "content-length": String(100 * MB) });
    await expect(readUpload(request, { ownLimitBytes: 25 * MB })).rejects.toThrow(refusal("file", "fileTooLarge", 1));
    await vi.waitFor(() => expect(seen.cancelled).toBe(true), { timeout: 5_000 });
    expect(seen.pulled).toBeLessThan(64 + 4);
  });

  it("stops a chunked upload, or one whose length lied, at the limit and cancels the rest", async () => {
    const { readUpload } = await withMaxMb("1");
    for (const headers of [{}, { "content-length": "100" }] as Record<string, string>[]) {
      const { request, seen } = upload(1600, headers);
      const chunks = await readUpload(request, { ownLimitBytes: 25 * MB, field: "archive", fieldCode: "too_large" });
      await expect(bytesOf(chunks)).rejects.toThrow(refusal("archive", "too_large", 1));
      await vi.waitFor(() => expect(seen.cancelled).toBe(true), { timeout: 5_000 });
      expect(seen.pulled).toBeLessThan(17 + 64 + 4);
    }
  });

  it("holds an upload's own limit below UPLOAD_MAX_MB", async () => {
    const { readUpload } = await withMaxMb("1536");
    const { request } = upload(1600);
    await expect(bytesOf(await readUpload(request, { ownLimitBytes: 2 * MB }))).rejects.toThrow(
      refusal("file", "fileTooLarge", 2),
    );
  });

  it("refuses a request without a body as an empty file", async () => {
    const { readUpload } = await withMaxMb("1");
    await expect(
      readUpload(new Request("http://localhost/upload", { method: "POST" }), { ownLimitBytes: MB }),
    ).rejects.toThrow(expect.objectContaining({ code: "invalid_input", fields: { file: { code: "emptyFile" } } }));
  });
});
