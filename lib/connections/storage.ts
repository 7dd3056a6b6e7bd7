/**
 * The folder a connection keeps files in beside the database (the Sandbox stores its files, upload parts and
 * training data there), so deleting the connection or its workspace removes them with it.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

const SAFE_ID = /^[A-Za-z0-9_-]+$/;

export function connectionDataDir(connectionId: string): string {
  if (!SAFE_ID.test(connectionId)) throw new Error(`Unsafe connection id: ${connectionId}`);
  return path.join(getEnv().DATA_DIR, "sandbox", connectionId);
}

export async function removeConnectionData(connectionId: string): Promise<void> {
  await fs.promises.rm(connectionDataDir(connectionId), { recursive: true, force: true });
}
