/**
 * What the Sandbox stores for one workspace, against SANDBOX_STORAGE_MAX_MB: its files and the parts of its unfinished
 * uploads (expired uploads are cleared first, so they never count).
 */
import "server-only";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { SandboxError } from "./errors";
import type { SandboxConnection } from "./http";
import { removeExpiredUploads } from "./upload-expiry";

const MB = 1024 * 1024;

async function storedBytes(workspaceId: string): Promise<number> {
  const [files, parts] = await Promise.all([
    db.sandboxFile.aggregate({ _sum: { bytes: true }, where: { connection: { workspaceId } } }),
    db.sandboxUploadPart.aggregate({
      _sum: { bytes: true },
      where: { upload: { status: { in: ["pending", "completing"] }, connection: { workspaceId } } },
    }),
  ]);
  return (files._sum.bytes ?? 0) + (parts._sum.bytes ?? 0);
}

export type StorageRoom = { bytes: number; full: () => SandboxError };

/** How many more bytes the connection's workspace may store, and the refusal for one more than that. */
export async function storageRoom(connection: SandboxConnection): Promise<StorageRoom> {
  await removeExpiredUploads({ workspaceId: connection.workspaceId });
  const limit = getEnv().SANDBOX_STORAGE_MAX_MB * MB;
  const used = await storedBytes(connection.workspaceId);
  const mb = (bytes: number) => Math.ceil(bytes / MB);
  return {
    bytes: Math.max(0, limit - used),
    full: () =>
      new SandboxError(
        413,
        `This would exceed the Sandbox's storage limit of ${mb(limit)} MB for this workspace ` +
          `(${mb(used)} MB are in use by files and unfinished uploads). Delete files or cancel uploads to make room.`,
        { code: "storage_limit_exceeded" },
      ),
  };
}
