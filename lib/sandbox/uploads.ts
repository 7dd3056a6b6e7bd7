/** The Uploads API: a large file sent in parts (each ≤ 64 MB), joined in the order `complete` names. */
import "server-only";
import { db } from "@/lib/db/client";
import { invalidRequest, notFound } from "./errors";
import { checkFineTuneFilename, checkPurpose, expiresAt, toFileObject } from "./files";
import type { SandboxConnection } from "./http";
import { newId, unixSeconds } from "./ids";
import { storageRoom } from "./quota";
import { receiveFile } from "./receive-file";
import { blobStore } from "./storage";
import { removeExpiredUploads } from "./upload-expiry";

const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_UPLOAD_BYTES = 8 * 1024 * 1024 * 1024;
const UPLOAD_LIFETIME_SECONDS = 3600;

type UploadRow = Awaited<ReturnType<typeof getUploadOrThrow>>;

async function toUploadObject(row: UploadRow) {
  const file = row.fileId ? await db.sandboxFile.findUnique({ where: { id: row.fileId } }) : null;
  const expired = row.status === "pending" && unixSeconds() > row.expiresAt;
  return {
    id: row.id,
    object: "upload" as const,
    bytes: row.bytes,
    created_at: row.createdAt,
    expires_at: row.expiresAt,
    filename: row.filename,
    purpose: row.purpose,
    // "completing" is our own short-lived claim; OpenAI knows only pending.
    status: expired ? "expired" : row.status === "completing" ? "pending" : row.status,
    file: file ? toFileObject(file) : null,
  };
}

async function getUploadOrThrow(connection: SandboxConnection, uploadId: string) {
  const row = await db.sandboxUpload.findFirst({ where: { id: uploadId, connectionId: connection.id } });
  if (!row) throw notFound("Upload", uploadId);
  return row;
}

async function getPendingUpload(connection: SandboxConnection, uploadId: string) {
  const row = await getUploadOrThrow(connection, uploadId);
  if (row.status !== "pending") throw invalidRequest(`Upload ${uploadId} is already ${row.status}.`, "upload_id");
  if (unixSeconds() > row.expiresAt) {
    await removeExpiredUploads({ workspaceId: connection.workspaceId });
    throw invalidRequest(`Upload ${uploadId} has expired.`, "upload_id");
  }
  return row;
}

export async function createUpload(connection: SandboxConnection, body: Record<string, unknown>) {
  const filename = body.filename;
  if (typeof filename !== "string" || !filename)
    throw invalidRequest("Missing required parameter: 'filename'.", "filename");
  if (typeof body.mime_type !== "string" || !body.mime_type) {
    throw invalidRequest("Missing required parameter: 'mime_type'.", "mime_type");
  }
  const bytes = body.bytes;
  if (typeof bytes !== "number" || !Number.isInteger(bytes) || bytes < 0 || bytes > MAX_UPLOAD_BYTES) {
    throw invalidRequest("'bytes' must be the total size of the file, at most 8 GB.", "bytes");
  }
  const purpose = checkPurpose(body.purpose);
  checkFineTuneFilename(purpose, filename);
  const room = await storageRoom(connection);
  if (bytes > room.bytes) throw room.full();
  const createdAt = unixSeconds();
  const seconds = (body.expires_after as { seconds?: unknown } | undefined)?.seconds;
  const row = await db.sandboxUpload.create({
    data: {
      id: newId("upload_"),
      connectionId: connection.id,
      filename,
      purpose,
      bytes,
      mimeType: body.mime_type,
      status: "pending",
      createdAt,
      expiresAt: expiresAt(createdAt, seconds) ?? createdAt + UPLOAD_LIFETIME_SECONDS,
    },
  });
  return toUploadObject(row);
}

export async function addUploadPart(connection: SandboxConnection, uploadId: string, request: Request) {
  const upload = await getPendingUpload(connection, uploadId);
  const id = newId("part_");
  const target = { kind: "parts", id, field: "data", maxBytes: MAX_PART_BYTES } as const;
  return receiveFile(connection, request, target, async ({ file }) => {
    const part = await db.sandboxUploadPart.create({
      data: { id, uploadId: upload.id, bytes: file.bytes, createdAt: unixSeconds() },
    });
    return { id: part.id, object: "upload.part" as const, created_at: part.createdAt, upload_id: upload.id };
  });
}

export async function completeUpload(connection: SandboxConnection, uploadId: string, body: Record<string, unknown>) {
  const upload = await getPendingUpload(connection, uploadId);
  const partIds = body.part_ids;
  if (!Array.isArray(partIds) || partIds.length === 0 || !partIds.every((id) => typeof id === "string")) {
    throw invalidRequest("'part_ids' must be a non-empty list of part ids.", "part_ids");
  }
  const parts = await db.sandboxUploadPart.findMany({ where: { uploadId: upload.id } });
  const byId = new Map(parts.map((part) => [part.id, part]));
  if (new Set(partIds).size !== partIds.length)
    throw invalidRequest("'part_ids' names a part more than once.", "part_ids");
  const missing = partIds.find((id) => !byId.has(id));
  if (missing) throw invalidRequest(`Part ${missing} does not belong to upload ${upload.id}.`, "part_ids");
  const total = partIds.reduce((sum, id) => sum + (byId.get(id)?.bytes ?? 0), 0);
  if (total !== upload.bytes) {
    throw invalidRequest(
      `The parts add up to ${total} bytes, but the upload was created with ${upload.bytes} bytes.`,
      "part_ids",
    );
  }
  // Claim the upload first: a second `complete` or a late part now finds it no longer pending.
  const claimed = await db.sandboxUpload.updateMany({
    where: { id: upload.id, status: "pending" },
    data: { status: "completing" },
  });
  if (claimed.count === 0) throw invalidRequest(`Upload ${uploadId} is already being completed.`, "upload_id");
  const blobs = blobStore(connection.id);
  const fileId = newId("file-");
  try {
    const bytes = await blobs.concat(partIds, fileId);
    await db.$transaction([
      db.sandboxFile.create({
        data: {
          id: fileId,
          connectionId: connection.id,
          filename: upload.filename,
          purpose: upload.purpose,
          bytes,
          createdAt: unixSeconds(),
        },
      }),
      db.sandboxUpload.update({ where: { id: upload.id }, data: { status: "completed", fileId } }),
    ]);
  } catch (error) {
    await blobs.remove("files", fileId);
    await db.sandboxUpload.update({ where: { id: upload.id }, data: { status: "pending" } });
    throw error;
  }
  await Promise.all(parts.map((part) => blobs.remove("parts", part.id)));
  return toUploadObject(await getUploadOrThrow(connection, upload.id));
}

export async function cancelUpload(connection: SandboxConnection, uploadId: string) {
  const upload = await getPendingUpload(connection, uploadId);
  const parts = await db.sandboxUploadPart.findMany({ where: { uploadId: upload.id } });
  await Promise.all(parts.map((part) => blobStore(connection.id).remove("parts", part.id)));
  return toUploadObject(await db.sandboxUpload.update({ where: { id: upload.id }, data: { status: "cancelled" } }));
}
