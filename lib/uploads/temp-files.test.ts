import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newTempFilePath, removeStaleTempFiles } from "./temp-files";

const DAY_MS = 24 * 60 * 60 * 1000;

async function tempFile(prefix: string, ageMs: number) {
  const file = await newTempFilePath(prefix, ".jsonl");
  fs.writeFileSync(file, "{}\n");
  const time = new Date(Date.now() - ageMs);
  fs.utimesSync(file, time, time);
  return file;
}

describe("temporary upload files", () => {
  it("older than a day are removed, newer ones kept", async () => {
    const old = await tempFile("import", DAY_MS + 60_000);
    const recent = await tempFile("workspace-import", 60_000);
    expect(path.basename(old)).toMatch(/^import-[0-9a-f-]{36}\.jsonl$/);
    expect(await removeStaleTempFiles()).toBe(1);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
  });

  it("are no trouble when there is no temp folder yet", async () => {
    fs.rmSync(path.dirname(await newTempFilePath("x", "")), { recursive: true, force: true });
    expect(await removeStaleTempFiles()).toBe(0);
  });
});
