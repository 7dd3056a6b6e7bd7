/**
 * Splits CSV/TSV text into rows (RFC 4180: quoted fields with delimiters, doubled quotes and newlines; LF or
 * CRLF), one chunk of text at a time, with the line each row starts on. Pure: the browser's preview uses it too.
 */
import Papa from "papaparse";

export type CsvRow = { line: number; fields: string[]; unclosedQuote?: true };

type ParseResult = { data: string[][]; errors: Papa.ParseError[]; meta: { cursor: number } };

const DELIMITERS = [",", "\t", ";", "|"];
const SAMPLE_ROWS = 10;

export class CsvRowReader {
  private readonly parser: Papa.Parser;
  private rest = "";
  private line = 1;

  constructor(delimiter: string) {
    // Rows end at LF; the CR of a CRLF is dropped from the last field (Papa skips it after a closing quote).
    this.parser = new Papa.Parser({ delimiter, newline: "\n" });
  }

  /** The rows this text completes; the unfinished last one waits for more text. */
  read(text: string): CsvRow[] {
    const input = this.rest + text;
    const result: ParseResult = this.parser.parse(input, 0, true);
    this.rest = input.slice(result.meta.cursor);
    return this.rows(result.data, false);
  }

  /** The last row, once the text has ended; marked when a quoted field was never closed. */
  end(): CsvRow[] {
    const result: ParseResult = this.parser.parse(this.rest, 0, false);
    this.rest = "";
    return this.rows(
      result.data,
      result.errors.some((error) => error.code === "MissingQuotes"),
    );
  }

  /** The row still waiting for its end: a long one means a quote that is never closed. */
  get unfinished(): { line: number; length: number } {
    return { line: this.line, length: this.rest.length };
  }

  private rows(data: string[][], unclosedLast: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    data.forEach((fields, index) => {
      const line = this.line;
      for (const field of fields) this.line += countNewlines(field);
      this.line += 1;
      const lastField = fields.at(-1);
      if (lastField?.endsWith("\r")) fields[fields.length - 1] = lastField.slice(0, -1);
      if (unclosedLast && index === data.length - 1) rows.push({ line, fields, unclosedQuote: true });
      else if (fields.length > 1 || fields[0]?.trim()) rows.push({ line, fields });
    });
    return rows;
  }
}

/**
 * The delimiter of a sample: the one the file name suggests (tab for .tsv, else comma) when it splits every
 * row into the same number of columns, else the first other common one that does.
 */
export function detectDelimiter(sample: string, filename: string): string {
  const preferred = /\.tsv$/i.test(filename) ? "\t" : ",";
  const candidates = [preferred, ...DELIMITERS.filter((delimiter) => delimiter !== preferred)];
  return candidates.find((delimiter) => splitsEvenly(sample, delimiter)) ?? preferred;
}

function splitsEvenly(sample: string, delimiter: string): boolean {
  const reader = new CsvRowReader(delimiter);
  // Only rows that ended: the last one of a sample may be cut off (unless it is the only one).
  const complete = reader.read(sample);
  const rows = complete.length > 0 ? complete : reader.end();
  const counts = new Set(rows.slice(0, SAMPLE_ROWS).map((row) => row.fields.length));
  const [count] = counts;
  return counts.size === 1 && count !== undefined && count > 1;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count += 1;
  return count;
}
