/**
 * The files uploads are spooled to while they are read (DATA_DIR/tmp). Each is removed when its request ends; what a
 * crash or a kill left behind is removed when the server starts.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

const STALE_MS = 24 * 60 * 60 * 1000;

const tempDir = () => path.join(getEnv().DATA_DIR, "tmp");

/** A fresh path in the temp folder (which it creates), named `<prefix>-<uuid><extension>`. */
export async function newTempFilePath(prefix: string, extension: string): Promise<string> {
  const dir = tempDir();
  await fs.promises.mkdir(dir, { recursive: true });
  return path.join(dir, `${prefix}-${randomUUID()}${extension}`);
}

/** Removes what in the temp folder is older than a day (no request runs that long); returns how many. */
export async function removeStaleTempFiles(now = Date.now()): Promise<number> {
  const dir = tempDir();
  const names = await fs.promises.readdir(dir).catch(() => []);
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat || now - stat.mtimeMs < STALE_MS) continue;
    await fs.promises.rm(file, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

/** At start: the sweep, logged, never in the way of starting. */
export function removeStaleTempFilesOnStart(): void {
  removeStaleTempFiles().then(
    (removed) => removed && logger.info(`Removed ${removed} temporary upload file(s) older than a day`),
    (error) => logger.warn("Temporary upload files could not be cleaned up", error),
  );
}
