/** Reads a multipart/form-data request as a stream: the file goes straight to disk, never whole into memory. */
import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { invalidRequest } from "./errors";

type Multipart = { fields: Map<string, string>; file: { filename: string; bytes: number } | null };

/**
 * Parses the body; the one file in `fileField` is handed to `saveFile` as it arrives. Other files are
 * skipped. A file over `maxFileBytes`, or a malformed body, is a 400 (the caller removes what was saved).
 */
export async function readMultipart(
  request: Request,
  options: { fileField: string; maxFileBytes: number; saveFile: (stream: Readable) => Promise<number> },
): Promise<Multipart> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    throw invalidRequest("The request body must be multipart/form-data.");
  }
  const fields = new Map<string, string>();
  let file: Multipart["file"] = null;
  let saving: Promise<void> = Promise.resolve();
  let tooLarge = false;
  const parser = busboy({
    headers: { "content-type": contentType },
    limits: { fileSize: options.maxFileBytes, files: 1, fields: 50, fieldSize: 64 * 1024 },
  });
  parser.on("field", (name, value) => {
    fields.set(name, value);
  });
  parser.on("file", (name, stream, info) => {
    if (name !== options.fileField) return void stream.resume();
    stream.on("limit", () => {
      tooLarge = true;
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
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream), parser);
    await saving;
  } catch {
    // Let the half-written file settle, so the caller's clean-up removes all of it.
    await saving.catch(() => undefined);
    throw invalidRequest("The request body is not valid multipart/form-data.");
  }
  if (tooLarge) {
    throw invalidRequest(
      `'${options.fileField}' is larger than ${options.maxFileBytes / 1024 / 1024} MB.`,
      options.fileField,
    );
  }
  return { fields, file };
}
