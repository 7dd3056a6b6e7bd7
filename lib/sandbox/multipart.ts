/** Reads a multipart/form-data request as a stream: the file goes straight to disk, never whole into memory. */
import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import { AppError } from "@/lib/errors";
import { readUpload, uploadLimitBytes } from "@/lib/uploads/limit";
import { invalidRequest, SandboxError } from "./errors";
import type { StorageRoom } from "./quota";

type Multipart = { fields: Map<string, string>; file: { filename: string; bytes: number } | null };

const FIELD_LIMITS = { fields: 50, fieldSize: 64 * 1024 };
// Room for the form's other fields and part headers around the file.
const FORM_OVERHEAD_BYTES = FIELD_LIMITS.fields * FIELD_LIMITS.fieldSize + 1024 * 1024;

function fileTooLarge(field: string, maxBytes: number): SandboxError {
  return new SandboxError(413, `'${field}' is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB.`, {
    param: field,
    code: "file_too_large",
  });
}

/**
 * Parses the body; the one file in `fileField` is handed to `saveFile` as it arrives. Other files are
 * skipped. A file over `maxFileBytes` (or UPLOAD_MAX_MB), or over the workspace's storage room, is a 413 as soon as
 * it passes that, and the rest of the body is not read; a malformed body is a 400 (the caller removes what was saved).
 */
export async function readMultipart(
  request: Request,
  options: {
    fileField: string;
    maxFileBytes: number;
    room: StorageRoom;
    saveFile: (stream: Readable) => Promise<number>;
  },
): Promise<Multipart> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    throw invalidRequest("The request body must be multipart/form-data.");
  }
  const uploadLimit = uploadLimitBytes(options.maxFileBytes);
  const maxFileBytes = Math.min(uploadLimit, options.room.bytes);
  const refusal = () =>
    maxFileBytes < uploadLimit ? options.room.full() : fileTooLarge(options.fileField, maxFileBytes);
  const body = await readUpload(request, {
    ownLimitBytes: maxFileBytes + FORM_OVERHEAD_BYTES,
    field: options.fileField,
  }).catch((error: unknown) => {
    throw isTooLarge(error) ? refusal() : error;
  });
  const fields = new Map<string, string>();
  let file: Multipart["file"] = null;
  let saving: Promise<void> = Promise.resolve();
  let tooLarge = false;
  const stop = new AbortController();
  const parser = busboy({
    headers: { "content-type": contentType },
    limits: { fileSize: maxFileBytes, files: 1, ...FIELD_LIMITS },
  });
  parser.on("field", (name, value) => {
    fields.set(name, value);
  });
  parser.on("file", (name, stream, info) => {
    if (name !== options.fileField) return void stream.resume();
    stream.on("limit", () => {
      tooLarge = true;
      // Nothing after the limit is wanted: stop reading the body (which cancels the upload).
      stop.abort();
    });
    // A broken body fails the parser too, which is what we report; these two only must not go unhandled
    // (the file stream can fail before saveFile has piped it anywhere).
    stream.on("error", () => undefined);
    saving = options.saveFile(stream).then((bytes) => {
      file = { filename: info.filename ?? options.fileField, bytes };
    });
    saving.catch(() => undefined);
  });
  try {
    await pipeline(Readable.from(body), parser, { signal: stop.signal });
    await saving;
  } catch (error) {
    // Let the half-written file settle, so the caller's clean-up removes all of it.
    await saving.catch(() => undefined);
    if (tooLarge || isTooLarge(error)) throw refusal();
    throw invalidRequest("The request body is not valid multipart/form-data.");
  }
  if (tooLarge) throw refusal();
  return { fields, file };
}

const isTooLarge = (error: unknown) => error instanceof AppError && error.code === "too_large";
