import { describe, expect, it } from "vitest";
import { parseJsonlLines, parseJsonlStream } from "./jsonl";

describe("parseJsonlLines", () => {
  it("numbers lines as the file does, skipping blank ones and reporting bad JSON in place", () => {
    const text = '\uFEFF{"a":1}\r\n\r\n[2]\r\n{oops\n   \n"last"\n';
    const entries = [...parseJsonlLines(text)];
    expect(entries.map((entry) => entry.line)).toEqual([1, 3, 4, 6]);
    expect(entries[0]).toEqual({ line: 1, value: { a: 1 } });
    expect(entries[1]).toEqual({ line: 3, value: [2] });
    expect(entries[2]).toMatchObject({ line: 4, error: expect.any(String) });
    expect(entries[3]).toEqual({ line: 6, value: "last" });
  });

  it("reads nothing from an empty text", () => {
    expect([...parseJsonlLines("")]).toEqual([]);
  });
});

describe("parseJsonlStream", () => {
  async function* chunksOf(text: string, size: number) {
    for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
  }

  it("reads a stream as parseJsonlLines reads the whole text, however it is split", async () => {
    const text = '\uFEFF{"a":1}\r\n\r\n[2]\r\n{oops\n   \n"last"\n{"b":"ü"}';
    for (const size of [1, 2, 3, 7, 1000]) {
      const entries = [];
      for await (const entry of parseJsonlStream(chunksOf(text, size))) entries.push(entry);
      expect(entries).toEqual([...parseJsonlLines(text)]);
    }
  });
});
