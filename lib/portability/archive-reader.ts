/** Opens a workspace archive on disk and checks it whole (manifest, every entry's checksum) before anything is read. */
import "server-only";
import { createHash } from "node:crypto";
import { type Entry, openPromise, type ZipFile } from "yauzl";
import { ArchiveError } from "./errors";
import { FORMAT_VERSION, MANIFEST_PATH, type Manifest, manifestSchema } from "./format";

/** No single entry may be larger: it is read into one string. */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

export type ArchiveReader = {
  manifest: Manifest;
  has: (path: string) => boolean;
  text: (path: string) => Promise<string>;
  json: <T>(path: string) => Promise<T>;
  close: () => void;
};

async function bytesOf(zip: ZipFile, entry: Entry): Promise<Buffer> {
  if (entry.uncompressedSize > MAX_ENTRY_BYTES) throw new ArchiveError("too_large");
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  return entries;
}

export async function openArchive(filePath: string): Promise<ArchiveReader> {
  const zip = await openPromise(filePath, { lazyEntries: true, autoClose: false }).catch((cause: unknown) => {
    throw new ArchiveError("not_zip", cause);
  });
  try {
    const entries = await listEntries(zip).catch((cause: unknown) => {
      throw new ArchiveError("not_zip", cause);
    });
    const manifestEntry = entries.get(MANIFEST_PATH);
    if (!manifestEntry) throw new ArchiveError("no_manifest");
    const manifest = parseManifest(await bytesOf(zip, manifestEntry));
    const listed = new Set(Object.keys(manifest.entries));
    for (const name of entries.keys()) {
      if (name !== MANIFEST_PATH && !listed.has(name)) throw new ArchiveError("checksum");
    }
    for (const [name, expected] of Object.entries(manifest.entries)) {
      const entry = entries.get(name);
      if (!entry) throw new ArchiveError("checksum");
      const actual = createHash("sha256")
        .update(await bytesOf(zip, entry))
        .digest("hex");
      if (actual !== expected) throw new ArchiveError("checksum");
    }
    const text = async (name: string) => {
      const entry = entries.get(name);
      if (!entry) throw new ArchiveError("bad_entry");
      return (await bytesOf(zip, entry)).toString("utf8");
    };
    return {
      manifest,
      has: (name) => entries.has(name),
      text,
      json: async (name) => {
        try {
          return JSON.parse(await text(name));
        } catch (cause) {
          throw cause instanceof ArchiveError ? cause : new ArchiveError("bad_entry", cause);
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error instanceof ArchiveError ? error : new ArchiveError("not_zip", error);
  }
}

function parseManifest(bytes: Buffer): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (cause) {
    throw new ArchiveError("bad_manifest", cause);
  }
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === "number" && version > FORMAT_VERSION) throw new ArchiveError("newer_format");
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw new ArchiveError("bad_manifest");
  return parsed.data;
}
