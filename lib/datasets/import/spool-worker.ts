/**
 * The worker thread that reads, checks and spools an upload, then inserts its examples (see spool-thread.ts):
 * parsing, validating, counting tokens and looking for sensitive data allocate a lot of short-lived memory,
 * which V8 keeps in a heap of its own here, one that is capped and given back whole when the import ends; and
 * the insert waits for the database's write lock here, where the wait stops no one else (lib/db/sqlite.ts).
 */
import { parentPort } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { DatasetKind } from "../example-data";
import type { CsvMapping } from "./csv-mapping";
import { spoolCsvExamples } from "./csv-spool";
import { type InsertTarget, insertSpooled } from "./insert-spool";
import type { SpoolSummary } from "./spool";
import { spoolExamples } from "./spool";

export type SpoolRequest = {
  body: ReadableStream<Uint8Array>;
  path: string;
  dataset: { kind: DatasetKind; baseModel: string; exampleCount: number };
  /** The upload's limit (UPLOAD_MAX_MB applied), counted on the bytes as they arrive. */
  maxFileBytes: number;
  csv?: { filename: string; mapping: CsvMapping };
  /** Where the checked examples go once the whole file has been read. */
  target: InsertTarget;
};

export type SpoolReply =
  | { ok: true; summary: SpoolSummary }
  | { ok: false; refusal: { code: AppError["code"]; message: string; fields: AppError["fields"] } }
  | { ok: false; failure: string };

parentPort?.once("message", async ({ body, path, dataset, maxFileBytes, csv, target }: SpoolRequest) => {
  let reply: SpoolReply;
  try {
    const summary = csv
      ? await spoolCsvExamples({ body, path, dataset, maxFileBytes, filename: csv.filename, mapping: csv.mapping })
      : await spoolExamples({ body, path, dataset, maxFileBytes });
    await insertSpooled(target, path, summary);
    reply = { ok: true, summary };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { ok: false, refusal: { code: error.code, message: error.message, fields: error.fields } }
        : { ok: false, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
