/**
 * Request bodies that carry files: UPLOAD_MAX_MB lowers each upload's own limit, and the body is read through the
 * capped reader, so the limit holds for the bytes that arrive (chunked, or with a Content-Length that lied).
 */
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { declaredBytes, readCapped, refuseBody } from "./capped-stream";

const MB = 1024 * 1024;

/** The largest body, in bytes, an upload with its own limit of `ownLimitBytes` may send. */
export function uploadLimitBytes(ownLimitBytes: number): number {
  return Math.min(ownLimitBytes, getEnv().UPLOAD_MAX_MB * MB);
}

type Field = {
  /** The form field the upload stands for (default "file"), and the message code of a refusal (default "fileTooLarge"). */
  field?: string;
  fieldCode?: string;
};

/** The refusal of a file over `limitBytes`: 413, with the field's message (and the limit) for the UI. */
export function uploadTooLarge(
  limitBytes: number,
  { field = "file", fieldCode = "fileTooLarge" }: Field = {},
): AppError {
  const maxMb = Math.floor(limitBytes / MB);
  return new AppError("too_large", `The file is larger than ${maxMb} MB`, {
    fields: { [field]: { code: fieldCode, params: { maxMb } } },
  });
}

type UploadOptions = Field & { ownLimitBytes: number };

/**
 * The upload's body, after the cheap checks: there is one, and its Content-Length (when sent) is within the limit.
 * Read it with `readUpload`, or hand it to code that caps it with the same limit (the import worker).
 */
export async function uploadBody(request: Request, options: UploadOptions): Promise<ReadableStream<Uint8Array>> {
  const field = options.field ?? "file";
  if (!request.body) throw new AppError("invalid_input", "No file", { fields: { [field]: { code: "emptyFile" } } });
  const limit = uploadLimitBytes(options.ownLimitBytes);
  if (declaredBytes(request) > limit) {
    refuseBody(request.body);
    throw uploadTooLarge(limit, options);
  }
  return request.body;
}

/** The upload's bytes as they arrive; past the limit the rest is cancelled and `uploadTooLarge` thrown. */
export async function readUpload(request: Request, options: UploadOptions): Promise<AsyncGenerator<Uint8Array>> {
  const body = await uploadBody(request, options);
  const limit = uploadLimitBytes(options.ownLimitBytes);
  return readCapped(body, { maxBytes: limit, tooLarge: () => uploadTooLarge(limit, options) });
}
