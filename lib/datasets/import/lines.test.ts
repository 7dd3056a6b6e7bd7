import { describe, expect, it, vi } from "vitest";
import { generatedStream, streamOf } from "../test-fixtures";
import { readTextLines } from "./lines";

const limits = { maxLineBytes: 10 * 1024 * 1024, maxLines: 500_000, maxFileBytes: 500 * 1024 * 1024 };

async function readAll(body: ReadableStream<Uint8Array>, overrides: Partial<typeof limits> = {}) {
  const lines: Array<{ line: number; text: string }> = [];
  for await (const entry of readTextLines(body, { ...limits, ...overrides })) lines.push(entry);
  return lines;
}

/** After a refusal at most 4 MB more of the upload is read (and dropped), then it is cancelled, unless it ended. */
async function expectStopped(
  state: { sent: number; cancelled: boolean },
  chunk: { bytes: number; count: number },
  readBefore: number,
) {
  await vi.waitFor(() => expect(state.cancelled || state.sent === chunk.count).toBe(true), { timeout: 5_000 });
  expect(state.sent).toBeLessThanOrEqual(readBefore + Math.ceil((4 * 1024 * 1024) / chunk.bytes) + 2);
}

async function refusal(body: ReadableStream<Uint8Array>, overrides: Partial<typeof limits> = {}) {
  const error = await readAll(body, overrides).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!error) throw new Error("expected the file to be refused");
  return (error as { code: string; fields: { file: unknown } }).fields.file;
}

describe("readTextLines", () => {
  it("numbers lines as the file does, without BOM and CR, skipping blank ones, across any chunking", async () => {
    const text = '\uFEFF{"a":"é"}\r\n\r\n  \n{"b":"日本"}\n{"c":3}';
    for (const chunkSize of [1, 2, 5, 1000]) {
      expect(await readAll(streamOf(text, chunkSize))).toEqual([
        { line: 1, text: '{"a":"é"}' },
        { line: 4, text: '{"b":"日本"}' },
        { line: 5, text: '{"c":3}' },
      ]);
    }
  });

  it("keeps a BOM that is not at the start of the file, so that line is not JSON", async () => {
    expect(await readAll(streamOf('{"a":1}\n\uFEFF{"b":2}\n'))).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '\uFEFF{"b":2}' },
    ]);
  });

  it("refuses invalid UTF-8, naming its line", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"a":1}\n{"b":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}\n'),
    ]);
    expect(await refusal(streamOf(bytes))).toEqual({ code: "invalidUtf8", params: { line: 2 } });
  });

  it("refuses binary data and UTF-16 text by their NUL bytes", async () => {
    expect(await refusal(streamOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toEqual({
      code: "binaryFile",
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(await refusal(streamOf(utf16))).toEqual({ code: "binaryFile" });
  });

  it("refuses a 20 MB line after reading about 10 MB of it, and stops the upload", async () => {
    const { stream, state } = generatedStream(new Uint8Array(64 * 1024).fill(0x61), 320);
    const started = performance.now();
    expect(await refusal(stream)).toEqual({ code: "lineTooLong", params: { line: 1, maxMb: 10 } });
    await expectStopped(state, { bytes: 64 * 1024, count: 320 }, 162);
    expect(state.cancelled).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses 1 000 000 lines at line 500 001 without reading the rest", async () => {
    const chunk = new TextEncoder().encode('{"a":1}\n'.repeat(10_000));
    const { stream, state } = generatedStream(chunk, 100);
    expect(await refusal(stream)).toEqual({ code: "tooManyLines", params: { max: 500_000 } });
    // The stream may have one chunk queued ahead of the reader.
    await expectStopped(state, { bytes: chunk.byteLength, count: 100 }, 52);
  });

  it("refuses a file over the size limit as soon as it gets there", async () => {
    const { stream, state } = generatedStream(new TextEncoder().encode('{"a":1}\n'.repeat(128)), 2_000);
    expect(await refusal(stream, { maxFileBytes: 1024 * 1024 })).toEqual({
      code: "fileTooLarge",
      params: { maxMb: 1 },
    });
    await expectStopped(state, { bytes: 1024, count: 2_000 }, 1026);
  });

  it("reads a last line without a line end", async () => {
    expect(await readAll(streamOf('{"a":1}\n{"b":'))).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":' },
    ]);
  });
});
