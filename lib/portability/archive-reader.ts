/**
 * Opens a workspace archive on disk and checks it whole (limits, manifest, every entry's checksum) before anything
 * is restored. Sizes are checked twice: from the zip's directory before reading, and while inflating, since a zip
 * can state sizes that its compressed data does not keep to.
 */
import "server-only";
import { createHash } from "node:crypto";
import { type Entry, openPromise, type ZipFile } from "yauzl";
import type { z } from "zod";
import { getEnv } from "@/lib/env";
import { ArchiveError, entryError } from "./errors";
import { FORMAT_VERSION, MANIFEST_PATH, type Manifest, manifestSchema } from "./format";
import { jsonOf, parseJson, parseLines, parseValue } from "./parse-entry";

const MB = 1024 * 1024;

export type ArchiveReader = {
  manifest: Manifest;
  /** the entries the manifest lists */
  names: string[];
  has: (name: string) => boolean;
  text: (name: string) => Promise<string>;
  json: <Schema extends z.ZodType>(name: string, schema: Schema) => Promise<z.output<Schema>>;
  lines: <Schema extends z.ZodType>(name: string, schema: Schema) => Promise<z.output<Schema>[]>;
  close: () => void;
};

type Limits = { entries: number; bytes: number; entryBytes: number };

function limits(): Limits {
  const env = getEnv();
  return {
    entries: env.ARCHIVE_MAX_ENTRIES,
    bytes: env.ARCHIVE_MAX_MB * MB,
    entryBytes: env.ARCHIVE_ENTRY_MAX_MB * MB,
  };
}

/** Each limit's refusal names the variable that sets it, so an administrator knows what to change. */
const LIMIT_VARIABLES = {
  too_many_entries: "ARCHIVE_MAX_ENTRIES",
  unpacked_too_large: "ARCHIVE_MAX_MB",
  entry_too_large: "ARCHIVE_ENTRY_MAX_MB",
} as const;

function overLimit(problem: keyof typeof LIMIT_VARIABLES, entry?: string): ArchiveError {
  const variable = LIMIT_VARIABLES[problem];
  return new ArchiveError(problem, { params: { ...(entry && { entry }), limit: getEnv()[variable], variable } });
}

/** The directory, refused when it lists more entries or more bytes than the limits allow. */
async function listEntries(zip: ZipFile, limit: Limits): Promise<Map<string, Entry>> {
  if (zip.entryCount > limit.entries) throw overLimit("too_many_entries");
  const entries = new Map<string, Entry>();
  let bytes = 0;
  for await (const entry of zip.eachEntry()) {
    if (entries.size >= limit.entries) throw overLimit("too_many_entries");
    if (entry.uncompressedSize > limit.entryBytes) throw overLimit("entry_too_large", entry.fileName);
    bytes += entry.uncompressedSize;
    if (bytes > limit.bytes) throw overLimit("unpacked_too_large");
    entries.set(entry.fileName, entry);
  }
  return entries;
}

/**
 * An entry's bytes, counted as they inflate: reading stops at the limit whatever the directory said. `total`
 * counts the bytes of the whole archive while it is checked.
 */
async function inflate(zip: ZipFile, entry: Entry, limit: Limits, total?: { bytes: number }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit.entryBytes) throw overLimit("entry_too_large", entry.fileName);
      if (total) {
        total.bytes += chunk.length;
        if (total.bytes > limit.bytes) throw overLimit("unpacked_too_large");
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof ArchiveError ? error : new ArchiveError("not_zip", { cause: error });
  }
  if (size !== entry.uncompressedSize) throw new ArchiveError("not_zip");
  return Buffer.concat(chunks, size);
}

export async function openArchive(filePath: string): Promise<ArchiveReader> {
  const limit = limits();
  // Sizes are checked here (inflate), so that a lying entry is refused by its limit rather than as damaged.
  const zip = await openPromise(filePath, { lazyEntries: true, autoClose: false, validateEntrySizes: false }).catch(
    (cause: unknown) => {
      throw new ArchiveError("not_zip", { cause });
    },
  );
  try {
    const entries = await listEntries(zip, limit).catch((cause: unknown) => {
      throw cause instanceof ArchiveError ? cause : new ArchiveError("not_zip", { cause });
    });
    const total = { bytes: 0 };
    const manifestEntry = entries.get(MANIFEST_PATH);
    if (!manifestEntry) throw new ArchiveError("no_manifest");
    const manifest = await parseManifest(await inflate(zip, manifestEntry, limit, total));
    const names = Object.keys(manifest.entries);
    const listed = new Set(names);
    for (const name of entries.keys()) {
      if (name !== MANIFEST_PATH && !listed.has(name)) throw new ArchiveError("checksum");
    }
    for (const [name, expected] of Object.entries(manifest.entries)) {
      const entry = entries.get(name);
      if (!entry) throw new ArchiveError("checksum");
      const actual = createHash("sha256")
        .update(await inflate(zip, entry, limit, total))
        .digest("hex");
      if (actual !== expected) throw new ArchiveError("checksum");
    }
    const text = async (name: string) => {
      const entry = entries.get(name);
      if (!entry) throw entryError(name, "missing_entry");
      return (await inflate(zip, entry, limit)).toString("utf8");
    };
    return {
      manifest,
      names,
      has: (name) => entries.has(name),
      text,
      json: async (name, schema) => parseJson(name, await text(name), schema),
      lines: async (name, schema) => parseLines(name, await text(name), schema),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error instanceof ArchiveError ? error : new ArchiveError("not_zip", { cause: error });
  }
}

async function parseManifest(bytes: Buffer): Promise<Manifest> {
  const value = jsonOf(MANIFEST_PATH, bytes.toString("utf8"));
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === "number" && version > FORMAT_VERSION) throw new ArchiveError("newer_format");
  return parseValue(MANIFEST_PATH, value, manifestSchema);
}
