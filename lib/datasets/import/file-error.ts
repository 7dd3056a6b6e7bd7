/** Why an imported file is refused as a whole, as a code the UI translates (under the field "file" or "mapping"). */
import { AppError } from "@/lib/errors";

export const IMPORT_FILE_ERROR_CODES = [
  "emptyFile",
  "binaryFile",
  "invalidUtf8",
  "jsonArray",
  "lineTooLong",
  "tooManyLines",
  "fileTooLarge",
  "notJson",
  "notObject",
  "unknownFormat",
  "kindMismatch",
  "unsupportedFileType",
  "csvNeedsMapping",
  "csvEmptyFile",
  "csvBinaryFile",
  "csvRowMalformed",
  "csvUnclosedQuote",
  "csvRowTooLong",
  "csvTooManyRows",
  "mappingInvalid",
  "mappingNeedsUserAndAssistant",
  "mappingSystemTwice",
  "mappingColumnMissing",
] as const;

type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];
type MappingErrorCode = Extract<ImportFileErrorCode, `mapping${string}`>;
type Params = Record<string, string | number>;

export function fileError(code: Exclude<ImportFileErrorCode, MappingErrorCode>, params?: Params): AppError {
  return new AppError("invalid_input", `The file was refused: ${code}`, { fields: { file: { code, params } } });
}

/** The CSV column mapping cannot work (for this file): the browser's mapping step is where to fix it. */
export function mappingError(code: MappingErrorCode, params?: Params): AppError {
  return new AppError("invalid_input", `The column mapping was refused: ${code}`, {
    fields: { mapping: { code, params } },
  });
}
