/** The bytes of Sandbox files and upload parts live on disk beside the database, one file each. */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getEnv } from "@/lib/env";

function blobPath(kind: "files" | "parts", id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`Unsafe blob id: ${id}`);
  return path.join(getEnv().DATA_DIR, "sandbox", kind, id);
}

/** Streams a body to disk and returns its size; never holds the whole body in memory. */
export async function writeBlob(
  kind: "files" | "parts",
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

export async function readBlobText(id: string): Promise<string> {
  return fs.promises.readFile(blobPath("files", id), "utf8");
}

export async function deleteBlob(kind: "files" | "parts", id: string): Promise<void> {
  await fs.promises.rm(blobPath(kind, id), { force: true });
}
