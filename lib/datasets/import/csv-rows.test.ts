import { describe, expect, it } from "vitest";
import { CsvRowReader, detectDelimiter } from "./csv-rows";

function readAll(text: string, delimiter: string, chunkSize: number) {
  const reader = new CsvRowReader(delimiter);
  const rows = [];
  for (let offset = 0; offset < text.length; offset += chunkSize)
    rows.push(...reader.read(text.slice(offset, offset + chunkSize)));
  return [...rows, ...reader.end()];
}

describe("CsvRowReader", () => {
  it("reads quoted fields, doubled quotes, newlines in quotes, CRLF and blank lines, across any chunking", () => {
    const text = 'a,b\r\n"x, ""y""","line 1\r\nline 2"\r\n\r\n  \n,\nlast,"row"';
    for (const chunkSize of [1, 2, 3, 7, 1000]) {
      expect(readAll(text, ",", chunkSize), `chunks of ${chunkSize}`).toEqual([
        { line: 1, fields: ["a", "b"] },
        { line: 2, fields: ['x, "y"', "line 1\r\nline 2"] },
        { line: 6, fields: ["", ""] },
        { line: 7, fields: ["last", "row"] },
      ]);
    }
  });

  it("marks the last row when its quote is never closed", () => {
    expect(readAll('a,b\nc,"d\ne', ",", 4)).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["c", "d\ne"], unclosedQuote: true },
    ]);
  });

  it("keeps the unfinished row and tells where it starts", () => {
    const reader = new CsvRowReader(",");
    expect(reader.read('a,b\nc,"d\n')).toEqual([{ line: 1, fields: ["a", "b"] }]);
    expect(reader.unfinished).toEqual({ line: 2, length: 5 });
  });
});

describe("detectDelimiter", () => {
  it("takes the delimiter the file name suggests when it splits the rows evenly", () => {
    expect(detectDelimiter("q,a\nHi; there,Hello\n", "x.csv")).toBe(",");
    expect(detectDelimiter("q\ta\nHi, there\tHello\n", "x.tsv")).toBe("\t");
  });

  it("finds another delimiter when the expected one does not fit", () => {
    expect(detectDelimiter("q;a\nGröße?;1,80 m\nAlter?;42\n", "excel.csv")).toBe(";");
    expect(detectDelimiter("q\ta\nHi\tHello\n", "export.csv")).toBe("\t");
    expect(detectDelimiter("q,a\nHi,Hello\n", "data.tsv")).toBe(",");
  });

  it("ignores a last row that the sample cut off, and falls back to the file name's delimiter", () => {
    expect(detectDelimiter('q;a\n1;2\n3;"cut', "x.csv")).toBe(";");
    expect(detectDelimiter("just one column\nof text\n", "x.tsv")).toBe("\t");
  });
});
