/** The bytes of Sandbox files and upload parts live on disk beside the database, one file each. */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getEnv } from "@/lib/env";

/** Uploaded files, upload parts, and the copy of a job's training data its model answers from. */
type Kind = "files" | "parts" | "training";

function blobPath(kind: Kind, id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`Unsafe blob id: ${id}`);
  return path.join(getEnv().DATA_DIR, "sandbox", kind, id);
}

/** Streams a body to disk and returns its size; never holds the whole body in memory. */
export async function writeBlob(
  kind: Kind,
  id: string,
  body: ReadableStream<Uint8Array> | Uint8Array | string,
): Promise<number> {
  const file = blobPath(kind, id);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const source =
    body instanceof ReadableStream
      ? Readable.fromWeb(body as import("node:stream/web").ReadableStream)
      : Readable.from([body]);
  await pipeline(source, fs.createWriteStream(file));
  return (await fs.promises.stat(file)).size;
}

/** Joins parts into one file, in the given order, streaming. */
export async function concatBlobs(partIds: string[], fileId: string): Promise<number> {
  const target = blobPath("files", fileId);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const out = fs.createWriteStream(target);
  for (const partId of partIds) await pipeline(fs.createReadStream(blobPath("parts", partId)), out, { end: false });
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return (await fs.promises.stat(target)).size;
}

export function readBlobStream(id: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(fs.createReadStream(blobPath("files", id))) as ReadableStream<Uint8Array>;
}

export async function readBlobText(id: string, kind: Kind = "files"): Promise<string> {
  return fs.promises.readFile(blobPath(kind, id), "utf8");
}

export async function deleteBlob(kind: Kind, id: string): Promise<void> {
  await fs.promises.rm(blobPath(kind, id), { force: true });
}
