/**
 * The bytes of Sandbox files, upload parts and the training data a model answers from live on disk
 * beside the database, one file each, in a folder per connection (so deleting a connection removes them).
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { connectionDataDir } from "@/lib/connections/storage";
import { notFound } from "./errors";

type Kind = "files" | "parts" | "training";
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

export function blobStore(connectionId: string) {
  const blobPath = (kind: Kind, id: string) => {
    if (!SAFE_ID.test(id)) throw new Error(`Unsafe blob id: ${id}`);
    return path.join(connectionDataDir(connectionId), kind, id);
  };

  return {
    /** Streams a body to disk and returns its size; never holds the whole body in memory. */
    async write(kind: Kind, id: string, body: Readable | Uint8Array | string): Promise<number> {
      const file = blobPath(kind, id);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const source = body instanceof Readable ? body : Readable.from([body]);
      await pipeline(source, fs.createWriteStream(file));
      return (await fs.promises.stat(file)).size;
    },

    /** Joins parts into one file, in the given order, streaming. */
    async concat(partIds: string[], fileId: string): Promise<number> {
      const target = blobPath("files", fileId);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      const out = fs.createWriteStream(target);
      for (const partId of partIds) await pipeline(fs.createReadStream(blobPath("parts", partId)), out, { end: false });
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      return (await fs.promises.stat(target)).size;
    },

    /** The file's bytes as a stream, opened first so a missing file is a 404 and not a cut-off answer. */
    async stream(id: string): Promise<ReadableStream<Uint8Array>> {
      const handle = await fs.promises.open(blobPath("files", id)).catch(() => {
        throw notFound("File", id);
      });
      return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
    },

    /** The blob as text, streamed in chunks (never the whole file in one string). */
    async *textChunks(kind: Kind, id: string): AsyncGenerator<string> {
      yield* fs.createReadStream(blobPath(kind, id), { encoding: "utf8" });
    },

    /** Copies a blob, on disk. */
    async copy(from: { kind: Kind; id: string }, to: { kind: Kind; id: string }): Promise<void> {
      const target = blobPath(to.kind, to.id);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.copyFile(blobPath(from.kind, from.id), target);
    },

    async remove(kind: Kind, id: string): Promise<void> {
      await fs.promises.rm(blobPath(kind, id), { force: true });
    },
  };
}
