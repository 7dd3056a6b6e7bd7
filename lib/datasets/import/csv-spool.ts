/**
 * The first pass of a CSV/TSV import, like spool.ts for JSONL: reads the upload row by row, turns each row into
 * a chat example by the column mapping, and writes it checked and ready to insert to a file on disk.
 */
import { type DatasetKind, MAX_EXAMPLE_BYTES, prepareExample } from "../example-data";
import { type CsvMapping, csvExampleBuilder } from "./csv-mapping";
import { type CsvRow, CsvRowReader, detectDelimiter } from "./csv-rows";
import { decodeUtf8 } from "./csv-text";
import { fileError } from "./file-error";
import { MAX_IMPORT_EXAMPLES, type SpoolSummary, spoolLine, writeSpool } from "./spool";

// The limits of the JSONL import: a row is one example, as a line is there.
const MAX_ROWS = MAX_IMPORT_EXAMPLES;
const MB = 1024 * 1024;
// Enough text for the delimiter to show in the first rows.
const SAMPLE_CHARS = 64 * 1024;

export async function spoolCsvExamples(options: {
  body: ReadableStream<Uint8Array>;
  path: string;
  filename: string;
  mapping: CsvMapping;
  dataset: { kind: DatasetKind; baseModel: string; exampleCount: number };
  maxFileBytes: number;
}): Promise<SpoolSummary> {
  const { dataset } = options;
  if (dataset.exampleCount > 0 && dataset.kind !== "chat") {
    throw fileError("kindMismatch", { format: "chat", kind: dataset.kind });
  }
  const summary: SpoolSummary = {
    format: "chat",
    kind: "chat",
    examples: 0,
    tokens: 0,
    withErrors: 0,
    withWarnings: 0,
  };
  async function* spooled() {
    let columns = 0;
    let toExample: ReturnType<typeof csvExampleBuilder> | undefined;
    for await (const { line, fields } of readCsvRows(options.body, options.filename, options.maxFileBytes)) {
      if (!toExample) {
        columns = fields.length;
        toExample = csvExampleBuilder(options.mapping, fields);
        continue;
      }
      if (fields.length !== columns)
        throw fileError("csvRowMalformed", { line, expected: columns, found: fields.length });
      if (summary.examples === MAX_ROWS) throw fileError("csvTooManyRows", { max: MAX_ROWS });
      yield spoolLine(summary, prepareExample(toExample(fields), { kind: "chat", baseModel: dataset.baseModel }));
    }
  }
  await writeSpool(options.path, spooled);
  if (summary.examples === 0) throw fileError("csvEmptyFile");
  return summary;
}

/** The non-blank rows of the upload; the delimiter is the one its first 64 KB show. */
async function* readCsvRows(
  body: ReadableStream<Uint8Array>,
  filename: string,
  maxFileBytes: number,
): AsyncGenerator<CsvRow> {
  let reader: CsvRowReader | undefined;
  let sample = "";
  for await (const text of decodeUtf8(body, { maxFileBytes })) {
    if (reader) {
      yield* reader.read(text);
    } else {
      sample += text;
      if (sample.length < SAMPLE_CHARS) continue;
      reader = new CsvRowReader(detectDelimiter(sample, filename));
      yield* reader.read(sample);
    }
    const { line, length } = reader.unfinished;
    if (length > MAX_EXAMPLE_BYTES) throw fileError("csvRowTooLong", { line, maxMb: MAX_EXAMPLE_BYTES / MB });
  }
  if (!reader) {
    reader = new CsvRowReader(detectDelimiter(sample, filename));
    yield* reader.read(sample);
  }
  for (const row of reader.end()) {
    if (row.unclosedQuote) throw fileError("csvUnclosedQuote", { line: row.line });
    yield row;
  }
}
