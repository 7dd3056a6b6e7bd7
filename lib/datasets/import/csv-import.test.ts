import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addExample, createDataset, listExampleSummaries } from "../queries";
import { chatExample, examplesOf, seedWorkspace, snapshot, streamOf } from "../test-fixtures";
import type { CsvMapping } from "./csv-mapping";
import { importExamples } from "./import-examples";

let owner: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  owner = await seedWorkspace("Carla");
});

const questionAnswer: CsvMapping = { columns: { question: "user", answer: "assistant" }, hasHeader: true };

async function newDataset() {
  const { id } = await createDataset({ ...owner, name: "From a spreadsheet" });
  return id;
}

function importCsv(datasetId: string, text: string | Uint8Array, filename: string, mapping?: CsvMapping) {
  return importExamples({ ...owner, datasetId, body: streamOf(text), filename, mapping });
}

function chat(...messages: Array<[string, string]>) {
  return { messages: messages.map(([role, content]) => ({ role, content })) };
}

describe("importExamples from CSV and TSV", () => {
  it("imports question,answer rows with a fixed system prompt, ignoring other columns", async () => {
    const datasetId = await newDataset();
    const text = "id,question,answer\n1,Capital of France?,Paris.\n2,2 + 2?,4\n";
    const mapping: CsvMapping = { ...questionAnswer, columns: { ...questionAnswer.columns, id: "ignore" } };
    const result = await importCsv(datasetId, text, "faq.csv", { ...mapping, systemPrompt: "You are terse." });
    expect(result).toEqual({ imported: 2, format: "chat", converted: false });
    const examples = await examplesOf({ ...owner, datasetId: datasetId });
    expect(examples.map((example) => example.data)).toEqual([
      chat(["system", "You are terse."], ["user", "Capital of France?"], ["assistant", "Paris."]),
      chat(["system", "You are terse."], ["user", "2 + 2?"], ["assistant", "4"]),
    ]);
    expect(examples.flatMap((example) => example.issues)).toEqual([]);
    expect(await db.dataset.findUniqueOrThrow({ where: { id: datasetId } })).toMatchObject({
      kind: "chat",
      exampleCount: 2,
      errorCount: 0,
    });
  });

  it("imports TSV after the examples already there, with the system prompt from a column", async () => {
    const datasetId = await newDataset();
    await addExample({ ...owner, datasetId, data: chatExample("Already here?") });
    const text = 'Anweisung\tFrage\tAntwort\nSei kurz.\tHauptstadt von Italien?\tRom, die "ewige Stadt".\n';
    const mapping: CsvMapping = {
      columns: { Anweisung: "system", Frage: "user", Antwort: "assistant" },
      hasHeader: true,
    };
    expect((await importCsv(datasetId, text, "daten.TSV", mapping)).imported).toBe(1);
    const examples = await examplesOf({ ...owner, datasetId: datasetId });
    expect(examples.map((example) => [example.position, example.data])).toEqual([
      [1, chatExample("Already here?")],
      [2, chat(["system", "Sei kurz."], ["user", "Hauptstadt von Italien?"], ["assistant", 'Rom, die "ewige Stadt".'])],
    ]);
  });

  it("reads quoted fields with delimiters, quotes and newlines, and empty cells as empty messages", async () => {
    const datasetId = await newDataset();
    const text = [
      "question,answer",
      '"Write a haiku, please.","Old pond\nfrog jumps in\n\n""splash"""',
      ",No question?",
      "",
      '"Last one",""',
    ].join("\n");
    expect((await importCsv(datasetId, text, "poems.csv", questionAnswer)).imported).toBe(3);
    const examples = await examplesOf({ ...owner, datasetId: datasetId });
    expect(examples.map((example) => example.data)).toEqual([
      chat(["user", "Write a haiku, please."], ["assistant", 'Old pond\nfrog jumps in\n\n"splash"']),
      chat(["user", ""], ["assistant", "No question?"]),
      chat(["user", "Last one"], ["assistant", ""]),
    ]);
    // The editor shows what is missing.
    expect(examples.map((example) => example.issues.map((issue) => issue.code))).toEqual([
      [],
      ["contentMissing"],
      ["assistantContentMissing"],
    ]);
  });

  it("reads UTF-8 with a BOM and CRLF line ends, and finds a semicolon delimiter in a .csv", async () => {
    const datasetId = await newDataset();
    const text = '\uFEFFquestion;answer\r\n"Größe?";"1,80 m"\r\n"Zwei\r\nZeilen?";Ja\r\n';
    expect((await importCsv(datasetId, text, "excel.csv", questionAnswer)).imported).toBe(2);
    expect((await examplesOf({ ...owner, datasetId: datasetId })).map((example) => example.data)).toEqual([
      chat(["user", "Größe?"], ["assistant", "1,80 m"]),
      chat(["user", "Zwei\r\nZeilen?"], ["assistant", "Ja"]),
    ]);
  });

  it("imports 20 000 rows, more than fit in one chunk of text", async () => {
    const datasetId = await newDataset();
    const rows = Array.from({ length: 20_000 }, (_, index) => `"Question ${index + 1}?","An answer, ${index + 1}."`);
    const text = `question,answer\n${rows.join("\n")}\n`;
    const result = await importExamples({
      ...owner,
      datasetId,
      body: streamOf(text, 64 * 1024),
      filename: "big.csv",
      mapping: questionAnswer,
    });
    expect(result.imported).toBe(20_000);
    const summaries = await listExampleSummaries({ ...owner, datasetId });
    expect(summaries.at(-1)).toMatchObject({ position: 20_000, preview: "Question 20000?" });
  }, 60_000);

  const bad: Array<[string, string | Uint8Array, string, CsvMapping | undefined, unknown]> = [
    ["no mapping", "question,answer\nHi,Hello\n", "data.csv", undefined, { file: { code: "csvNeedsMapping" } }],
    [
      "a mapped column the header lacks",
      "frage,antwort\nHi,Hello\n",
      "data.csv",
      questionAnswer,
      { mapping: { code: "mappingColumnMissing", params: { column: "question" } } },
    ],
    [
      "a mapping without an assistant column",
      "question,answer\nHi,Hello\n",
      "data.csv",
      { columns: { question: "user", answer: "ignore" }, hasHeader: true },
      { mapping: { code: "mappingNeedsUserAndAssistant" } },
    ],
    [
      "a row with a missing field, after good ones",
      'question,answer\nHi,Hello\n"Two\nlines",Yes\nOnly one field\nHi,Hello\n',
      "data.csv",
      questionAnswer,
      { file: { code: "csvRowMalformed", params: { line: 5, expected: 2, found: 1 } } },
    ],
    [
      "a row with an extra field",
      "question\tanswer\nHi\tHello\tthere\n",
      "data.tsv",
      questionAnswer,
      { file: { code: "csvRowMalformed", params: { line: 2, expected: 2, found: 3 } } },
    ],
    [
      "a quote that is never closed",
      'question,answer\nHi,"Hello\nthere\n',
      "data.csv",
      questionAnswer,
      { file: { code: "csvUnclosedQuote", params: { line: 2 } } },
    ],
    ["an empty file", "", "data.csv", questionAnswer, { file: { code: "csvEmptyFile" } }],
    ["only a header", "question,answer\r\n\r\n", "data.csv", questionAnswer, { file: { code: "csvEmptyFile" } }],
    [
      "a binary file",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      "data.csv",
      questionAnswer,
      { file: { code: "csvBinaryFile" } },
    ],
    [
      "invalid UTF-8",
      new Uint8Array([...new TextEncoder().encode("question,answer\nHi,Hello\nGr"), 0xf6, 0xdf, 0x65, 0x0a]),
      "data.csv",
      questionAnswer,
      { file: { code: "invalidUtf8", params: { line: 3 } } },
    ],
  ];

  it.each(bad)("refuses %s and leaves the dataset exactly as it was", async (_, text, filename, mapping, fields) => {
    const datasetId = await newDataset();
    await addExample({ ...owner, datasetId, data: chatExample("Keep me?") });
    const before = await snapshot(datasetId);
    await expect(importCsv(datasetId, text, filename, mapping)).rejects.toMatchObject({
      code: "invalid_input",
      fields,
    });
    expect(await snapshot(datasetId)).toEqual(before);
  });

  it("refuses a row as long as a whole file with an unclosed quote, without reading all of it", async () => {
    const datasetId = await newDataset();
    const chunk = new TextEncoder().encode("and on ".repeat(10_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(sent === 1 ? new TextEncoder().encode('question,answer\nHi,"Hello') : chunk.slice());
      },
    });
    await expect(
      importExamples({ ...owner, datasetId, body, filename: "x.csv", mapping: questionAnswer }),
    ).rejects.toMatchObject({ fields: { file: { code: "csvRowTooLong", params: { line: 2, maxMb: 10 } } } });
    expect(sent).toBeLessThan(300);
  }, 30_000);

  it("refuses more rows than a JSONL file may have lines", async () => {
    const datasetId = await newDataset();
    const rows = new TextEncoder().encode("Hi,Hello\n".repeat(10_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 55) return controller.close();
        controller.enqueue(sent === 1 ? new TextEncoder().encode("question,answer\n") : rows.slice());
      },
    });
    await expect(
      importExamples({ ...owner, datasetId, body, filename: "x.csv", mapping: questionAnswer }),
    ).rejects.toMatchObject({ fields: { file: { code: "csvTooManyRows", params: { max: 500_000 } } } });
    expect(await db.datasetExample.count({ where: { datasetId } })).toBe(0);
  }, 60_000);
});
