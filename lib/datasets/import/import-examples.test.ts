import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { addExample, createDataset, listExampleSummaries } from "../queries";
import {
  chatExample,
  chatJsonl,
  dpoExample,
  examplesOf,
  generatedStream,
  seedWorkspace,
  snapshot,
  streamOf,
} from "../test-fixtures";
import { importExamples } from "./import-examples";

let owner: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  owner = await seedWorkspace("Dana");
});

async function newDataset(kind: "chat" | "dpo" = "chat") {
  return (await createDataset({ ...owner, name: "Imported", kind })).id;
}

function importInto(datasetId: string, body: ReadableStream<Uint8Array>, filename = "data.jsonl") {
  return importExamples({ ...owner, datasetId, body, filename });
}

describe("importExamples", () => {
  it("imports chat JSONL with a BOM, CRLF and blank lines after the existing examples", async () => {
    const datasetId = await newDataset();
    await addExample({ ...owner, datasetId, data: chatExample("Already here?") });
    const text = `\uFEFF${chatJsonl(3).trimEnd().split("\n").join("\r\n")}\r\n\r\n`;
    expect(await importInto(datasetId, streamOf(text))).toEqual({ imported: 3, format: "chat", converted: false });
    const examples = await examplesOf({ ...owner, datasetId: datasetId });
    expect(examples.map((example) => [example.position, example.data])).toEqual([
      [1, chatExample("Already here?")],
      [2, chatExample("Question 1?")],
      [3, chatExample("Question 2?")],
      [4, chatExample("Question 3?")],
    ]);
    const dataset = await db.dataset.findUniqueOrThrow({ where: { id: datasetId } });
    expect(dataset).toMatchObject({ exampleCount: 4, errorCount: 0, revision: 3 });
    expect(dataset.tokenCount).toBe(examples.reduce((sum, example) => sum + example.tokens, 0));
  });

  it("imports examples with problems, which the editor then shows", async () => {
    const datasetId = await newDataset();
    const lines = [
      chatExample("Fine?"),
      { messages: [{ role: "user", content: "No answer?" }] },
      { messages: [], extra: 1 },
    ];
    const result = await importInto(datasetId, streamOf(lines.map((line) => JSON.stringify(line)).join("\n")));
    expect(result.imported).toBe(3);
    const examples = await examplesOf({ ...owner, datasetId: datasetId });
    expect(examples.map((example) => example.issues.map((issue) => issue.code))).toEqual([
      [],
      ["noAssistantMessage"],
      ["unknownExampleKey", "messagesEmpty"],
    ]);
    expect(await db.dataset.findUniqueOrThrow({ where: { id: datasetId } })).toMatchObject({
      exampleCount: 3,
      errorCount: 2,
    });
  });

  it("imports preference (DPO) data into an empty dataset, which becomes a DPO dataset", async () => {
    const datasetId = await newDataset();
    const text = [dpoExample("Cold in SF?"), dpoExample("Warm in LA?")].map((line) => JSON.stringify(line)).join("\n");
    expect(await importInto(datasetId, streamOf(text))).toEqual({ imported: 2, format: "dpo", converted: false });
    expect(await db.dataset.findUniqueOrThrow({ where: { id: datasetId } })).toMatchObject({
      kind: "dpo",
      errorCount: 0,
    });
    expect((await examplesOf({ ...owner, datasetId: datasetId }))[0]?.data).toEqual(dpoExample("Cold in SF?"));
  });

  it("converts the legacy prompt/completion format to chat, keeping other fields for the editor to flag", async () => {
    const datasetId = await newDataset();
    const text = '{"prompt":"Capital of France?","completion":"Paris."}\n{"prompt":"2 + 2?","completion":"4","id":7}\n';
    expect(await importInto(datasetId, streamOf(text))).toEqual({
      imported: 2,
      format: "prompt_completion",
      converted: true,
    });
    const [first, second] = await examplesOf({ ...owner, datasetId: datasetId });
    expect(first?.data).toEqual(chatExample("Capital of France?", "Paris."));
    expect(first?.issues).toEqual([]);
    expect(second?.data).toEqual({ ...chatExample("2 + 2?", "4"), id: 7 });
    expect(second?.issues.map((issue) => issue.code)).toEqual(["unknownExampleKey"]);
  });

  const MB = 1024 * 1024;
  const bad: Array<[string, () => ReadableStream<Uint8Array>, unknown, string?]> = [
    ["an empty file", () => streamOf(""), { code: "emptyFile" }],
    ["only blank lines", () => streamOf("\n \r\n\t\n"), { code: "emptyFile" }],
    [
      "a binary file",
      () => streamOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])),
      { code: "binaryFile" },
    ],
    [
      "invalid UTF-8",
      () => streamOf(new Uint8Array([...new TextEncoder().encode(chatJsonl(2)), 0x7b, 0xff, 0xfe, 0x7d, 0x0a])),
      { code: "invalidUtf8", params: { line: 3 } },
    ],
    [
      "a JSON array on one line",
      () => streamOf(`[${chatJsonl(2).trimEnd().split("\n").join(",")}]`),
      { code: "jsonArray" },
    ],
    ["a pretty-printed JSON array", () => streamOf('[\n  {"messages": []}\n]\n'), { code: "jsonArray" }],
    [
      "a line that is not JSON",
      () => streamOf(`${chatJsonl(600)}this is not json\n${chatJsonl(2)}`),
      { code: "notJson", params: { line: 601 } },
    ],
    [
      "a truncated last line",
      () => streamOf(`${chatJsonl(3)}{"messages":[{"role":"us`),
      { code: "notJson", params: { line: 4 } },
    ],
    [
      "a line that is JSON but not an object",
      () => streamOf(`${chatJsonl(2)}"just text"\n`),
      { code: "notObject", params: { line: 3 } },
    ],
    ["an unknown format", () => streamOf('{"text":"Hello"}\n'), { code: "unknownFormat", params: { line: 1 } }],
    [
      "a 20 MB line",
      () => generatedStream(new Uint8Array(MB).fill(0x61), 20).stream,
      { code: "lineTooLong", params: { line: 1, maxMb: 10 } },
    ],
    [
      "1 000 000 lines",
      () => generatedStream(new TextEncoder().encode(chatJsonl(10_000)), 100).stream,
      { code: "tooManyLines", params: { max: 500_000 } },
    ],
    [
      "an Excel file",
      () => streamOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])),
      { code: "unsupportedFileType", params: { extension: "xlsx" } },
      "data.xlsx",
    ],
  ];

  it.each(bad)(
    "refuses %s and leaves the dataset exactly as it was",
    async (_, body, file, filename) => {
      const datasetId = await newDataset();
      await addExample({ ...owner, datasetId, data: chatExample("Keep me?") });
      const before = await snapshot(datasetId);
      await expect(importInto(datasetId, body(), filename)).rejects.toMatchObject({
        code: "invalid_input",
        fields: { file },
      });
      expect(await snapshot(datasetId)).toEqual(before);
    },
    60_000,
  );

  it("refuses a file of the other kind for a dataset that has examples", async () => {
    const datasetId = await newDataset();
    await addExample({ ...owner, datasetId, data: chatExample("Keep me?") });
    const before = await snapshot(datasetId);
    await expect(importInto(datasetId, streamOf(JSON.stringify(dpoExample("Hi?"))))).rejects.toMatchObject({
      fields: { file: { code: "kindMismatch", params: { format: "dpo", kind: "chat" } } },
    });
    expect(await snapshot(datasetId)).toEqual(before);
  });

  it("refuses a dataset of another workspace", async () => {
    const stranger = await seedWorkspace("Eve");
    const datasetId = await newDataset();
    const body = streamOf(chatJsonl(2));
    await expect(importExamples({ ...stranger, datasetId, body, filename: "x.jsonl" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("leaves no temporary files behind", async () => {
    const datasetId = await newDataset();
    await importInto(datasetId, streamOf(chatJsonl(3)));
    await importInto(datasetId, streamOf("nope")).catch(() => undefined);
    expect(fs.readdirSync(path.join(getEnv().DATA_DIR, "tmp"))).toEqual([]);
  });

  it("imports 50 000 examples, and lists them quickly", async () => {
    const datasetId = await newDataset();
    const started = performance.now();
    const chunk = new TextEncoder().encode(chatJsonl(5_000));
    const result = await importInto(datasetId, generatedStream(chunk, 10).stream);
    const imported = performance.now() - started;
    expect(result.imported).toBe(50_000);
    const listed = performance.now();
    const summaries = await listExampleSummaries({ ...owner, datasetId });
    const listing = performance.now() - listed;
    expect(summaries).toHaveLength(50_000);
    expect(summaries.at(-1)).toMatchObject({ position: 50_000, preview: "Question 5000?" });
    // About 3 s and 0.25 s on a 2-core machine; the limits only catch a slide into minutes.
    expect(imported).toBeLessThan(30_000);
    expect(listing).toBeLessThan(2_000);
  }, 120_000);
});
