/** Why an imported file is refused as a whole, as a code the UI translates (under the field "file"). */
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
] as const;

type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];

export function fileError(code: ImportFileErrorCode, params?: Record<string, string | number>): AppError {
  return new AppError("invalid_input", `The file was refused: ${code}`, { fields: { file: { code, params } } });
}
