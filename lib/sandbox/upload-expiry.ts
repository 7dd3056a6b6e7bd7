/** Uploads expire an hour after they were created (or when `expires_after` says): their parts are then removed. */
import "server-only";
import { db } from "@/lib/db/client";
import { unixSeconds } from "./ids";
import { blobStore } from "./storage";

/**
 * Marks pending uploads past their expiry as expired and removes their parts (rows and bytes), for one workspace or
 * for all. Returns how many uploads expired.
 */
export async function removeExpiredUploads(options: { workspaceId?: string; now?: number } = {}): Promise<number> {
  const now = options.now ?? unixSeconds();
  const expired = await db.sandboxUpload.findMany({
    where: {
      status: "pending",
      expiresAt: { lt: now },
      ...(options.workspaceId ? { connection: { workspaceId: options.workspaceId } } : {}),
    },
    select: { id: true, connectionId: true, parts: { select: { id: true } } },
  });
  for (const upload of expired) {
    // Claimed first, so a `complete` that started in the meantime keeps its parts.
    const { count } = await db.sandboxUpload.updateMany({
      where: { id: upload.id, status: "pending" },
      data: { status: "expired" },
    });
    if (count === 0) continue;
    const blobs = blobStore(upload.connectionId);
    await Promise.all(upload.parts.map((part) => blobs.remove("parts", part.id)));
    await db.sandboxUploadPart.deleteMany({ where: { uploadId: upload.id } });
  }
  return expired.length;
}
