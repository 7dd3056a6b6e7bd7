import fs from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { zipOf } from "./test-archives";

const MB = 1024 * 1024;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The reader as it is with these settings (lib/env.ts reads the environment once per module instance). */
async function readerWith(settings: Record<string, string>) {
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./archive-reader");
}

/** Points every directory record of a zip at `size` uncompressed bytes, as a zip bomb's directory would. */
function understate(bytes: Buffer, size: number): Buffer {
  const copy = Buffer.from(bytes);
  for (let at = copy.indexOf("PK\x01\x02"); at !== -1; at = copy.indexOf("PK\x01\x02", at + 4)) {
    copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}

describe("archive limits", () => {
  it("refuse a zip with more entries than ARCHIVE_MAX_ENTRIES before reading any", async () => {
    const { openArchive } = await readerWith({ ARCHIVE_MAX_ENTRIES: "10" });
    const entries = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`conversations/${index}.json`, "{}"]));
    const file = await zipOf("many.zip", entries);
    const attempt = openArchive(file);
    await expect(attempt).rejects.toMatchObject({
      problem: "too_many_entries",
      params: { limit: 10, variable: "ARCHIVE_MAX_ENTRIES" },
    });
    await expect(attempt).rejects.toThrow(/ARCHIVE_MAX_ENTRIES/);
  });

  it("refuse an entry its directory lists as larger than ARCHIVE_ENTRY_MAX_MB, and more bytes in all than ARCHIVE_MAX_MB", async () => {
    const { openArchive } = await readerWith({ ARCHIVE_ENTRY_MAX_MB: "1", ARCHIVE_MAX_MB: "1" });
    const big = await zipOf("big-entry.zip", { "manifest.json": Buffer.alloc(MB + 1, " ") });
    await expect(openArchive(big)).rejects.toMatchObject({
      problem: "entry_too_large",
      params: { entry: "manifest.json", limit: 1, variable: "ARCHIVE_ENTRY_MAX_MB" },
    });
    const half = Buffer.alloc(MB / 2 + 1, " ");
    const many = await zipOf("big-total.zip", { "people.json": half, "prices.json": half });
    await expect(openArchive(many)).rejects.toMatchObject({
      problem: "unpacked_too_large",
      params: { limit: 1, variable: "ARCHIVE_MAX_MB" },
    });
  });

  it("stop inflating an entry at ARCHIVE_ENTRY_MAX_MB whatever its directory says", async () => {
    const { openArchive } = await readerWith({ ARCHIVE_ENTRY_MAX_MB: "1" });
    const honest = await zipOf("bomb-source.zip", { "manifest.json": Buffer.alloc(8 * MB, " ") });
    const bomb = `${honest}.lying.zip`;
    fs.writeFileSync(bomb, understate(fs.readFileSync(honest), 100));
    expect(fs.statSync(bomb).size).toBeLessThan(MB / 10);
    await expect(openArchive(bomb)).rejects.toMatchObject({
      problem: "entry_too_large",
      params: { entry: "manifest.json", variable: "ARCHIVE_ENTRY_MAX_MB" },
    });
  });

  it("refuse a zip whose entry inflates to other than its stated size as damaged", async () => {
    const { openArchive } = await readerWith({});
    const honest = await zipOf("short-source.zip", { "manifest.json": Buffer.alloc(1000, " ") });
    const lying = `${honest}.lying.zip`;
    fs.writeFileSync(lying, understate(fs.readFileSync(honest), 10));
    await expect(openArchive(lying)).rejects.toMatchObject({ problem: "not_zip" });
  });
});
