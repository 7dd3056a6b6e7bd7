/** Archives for the portability tests: exported from a workspace, or rewritten as an older version or an attacker would. */

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import { actorOf } from "@/lib/audit/test-fixtures";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { openArchive } from "./archive-reader";
import { exportWorkspace } from "./export";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ftp-archive-"));

export async function exportTo(workspaceId: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  const actor = actorOf({ workspaceId, userId: "archive-tests" });
  await pipeline(await exportWorkspace(actor), fs.createWriteStream(file));
  return file;
}

/** A file of these bytes, in the tests' folder. */
export function fileOf(name: string, bytes: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** A zip of these entries, byte for byte, without checking anything. */
export async function zipOf(name: string, entries: Record<string, string | Buffer>): Promise<string> {
  const zip = new ZipFile();
  for (const [entry, bytes] of Object.entries(entries)) zip.addBuffer(Buffer.from(bytes), entry);
  zip.end();
  const file = path.join(dir, name);
  await pipeline(zip.outputStream, fs.createWriteStream(file));
  return file;
}

/**
 * A copy of an archive with some entries changed (or added) and the manifest made to match, so only what the
 * import makes of the contents decides.
 */
export async function rewriteArchive(
  source: string,
  name: string,
  change: (path: string, text: string) => string,
  added: Record<string, string> = {},
): Promise<string> {
  const archive = await openArchive(source);
  const texts: Record<string, string> = {};
  for (const entry of Object.keys(archive.manifest.entries)) texts[entry] = change(entry, await archive.text(entry));
  Object.assign(texts, added);
  const manifest = JSON.parse(change("manifest.json", await archive.text("manifest.json")));
  archive.close();
  const entries = Object.fromEntries(
    Object.entries(texts).map(([entry, text]) => [entry, createHash("sha256").update(text).digest("hex")]),
  );
  return zipOf(name, { ...texts, "manifest.json": JSON.stringify({ ...manifest, entries }) });
}

/** The entries of an archive as text (its manifest too), by path. */
export async function entriesOf(file: string): Promise<Record<string, string>> {
  const archive = await openArchive(file);
  try {
    const names = [...Object.keys(archive.manifest.entries), "manifest.json"];
    return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await archive.text(name)])));
  } finally {
    archive.close();
  }
}

export async function newEmptyWorkspace(name: string) {
  const owner = await seedWorkspace(name);
  await db.connection.create({ data: { workspaceId: owner.workspaceId, kind: "sandbox", name: "Sandbox" } });
  return owner;
}
