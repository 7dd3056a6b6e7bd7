/** The Files API of the Sandbox: upload, list, retrieve, delete and download, per connection. */
import "server-only";
import { db } from "@/lib/db/client";
import { invalidRequest, notFound } from "./errors";
import type { SandboxConnection } from "./http";
import { newId, unixSeconds } from "./ids";
import { paginate, readLimit } from "./pagination";
import { receiveFile } from "./receive-file";
import { blobStore } from "./storage";

const UPLOAD_PURPOSES = ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] as const;
const MAX_FILE_BYTES = 512 * 1024 * 1024;

type FileRow = {
  id: string;
  filename: string;
  purpose: string;
  bytes: number;
  createdAt: number;
  expiresAt: number | null;
};

export function toFileObject(row: FileRow) {
  return {
    id: row.id,
    object: "file" as const,
    bytes: row.bytes,
    created_at: row.createdAt,
    ...(row.expiresAt === null ? {} : { expires_at: row.expiresAt }),
    filename: row.filename,
    purpose: row.purpose,
    status: "processed" as const,
  };
}

export function checkPurpose(purpose: unknown): string {
  if (typeof purpose !== "string" || !(UPLOAD_PURPOSES as readonly string[]).includes(purpose)) {
    throw invalidRequest(
      `'${String(purpose)}' is not one of ${UPLOAD_PURPOSES.map((p) => `'${p}'`).join(", ")} - 'purpose'`,
      "purpose",
    );
  }
  return purpose;
}

export function checkFineTuneFilename(purpose: string, filename: string) {
  if (purpose === "fine-tune" && !filename.toLowerCase().endsWith(".jsonl")) {
    throw invalidRequest(`Invalid file format for Fine-Tuning API. Must be .jsonl`, "file");
  }
}

/** `expires_after[anchor]=created_at&expires_after[seconds]=N`, as the SDK sends it. */
export function expiresAt(createdAt: number, seconds: unknown): number | null {
  if (seconds === undefined || seconds === null || seconds === "") return null;
  const value = Number(seconds);
  if (!Number.isInteger(value) || value < 3600 || value > 2_592_000) {
    throw invalidRequest("expires_after[seconds] must be between 3600 and 2592000.", "expires_after.seconds");
  }
  return createdAt + value;
}

export async function uploadFile(connection: SandboxConnection, request: Request) {
  const id = newId("file-");
  const target = { kind: "files", id, field: "file", maxBytes: MAX_FILE_BYTES } as const;
  return receiveFile(connection, request, target, async ({ fields, file }) => {
    const purpose = checkPurpose(fields.get("purpose"));
    checkFineTuneFilename(purpose, file.filename);
    const createdAt = unixSeconds();
    const row = await db.sandboxFile.create({
      data: {
        id,
        connectionId: connection.id,
        filename: file.filename,
        purpose,
        bytes: file.bytes,
        createdAt,
        expiresAt: expiresAt(createdAt, fields.get("expires_after[seconds]")),
      },
    });
    return toFileObject(row);
  });
}

export async function getFileOrThrow(connection: SandboxConnection, fileId: string) {
  const row = await db.sandboxFile.findFirst({ where: { id: fileId, connectionId: connection.id } });
  if (!row) throw notFound("File", fileId);
  return row;
}

export async function listFiles(connection: SandboxConnection, url: URL) {
  const purpose = url.searchParams.get("purpose");
  const order = url.searchParams.get("order") ?? "desc";
  if (order !== "asc" && order !== "desc")
    throw invalidRequest(`Invalid 'order': expected 'asc' or 'desc', got '${order}'.`, "order");
  const rows = await db.sandboxFile.findMany({
    where: { connectionId: connection.id, ...(purpose ? { purpose } : {}) },
    orderBy: [{ createdAt: order }, { id: order }],
  });
  const limit = readLimit(url, { fallback: 10_000, max: 10_000 });
  return paginate(rows.map(toFileObject), { after: url.searchParams.get("after"), limit, withIds: true });
}

export async function deleteFile(connection: SandboxConnection, fileId: string) {
  const row = await getFileOrThrow(connection, fileId);
  await db.sandboxFile.delete({ where: { id: row.id } });
  await blobStore(connection.id).remove("files", row.id);
  return { id: row.id, object: "file" as const, deleted: true };
}

export async function fileContent(connection: SandboxConnection, fileId: string): Promise<Response> {
  const row = await getFileOrThrow(connection, fileId);
  return new Response(await blobStore(connection.id).stream(row.id), {
    headers: { "content-type": "application/octet-stream", "content-length": String(row.bytes) },
  });
}

/** A file given to a fine-tuning job: it must exist and have been uploaded for fine-tuning. */
export async function fineTuneFileOrThrow(connection: SandboxConnection, fileId: string, param: string) {
  const row = await db.sandboxFile.findFirst({ where: { id: fileId, connectionId: connection.id } });
  if (!row) throw invalidRequest(`invalid ${param}: '${fileId}'. No such File object.`, param, "invalid_file_id");
  if (row.purpose !== "fine-tune") {
    throw invalidRequest(
      `File ${fileId} has purpose '${row.purpose}'; fine-tuning needs files uploaded with purpose 'fine-tune'.`,
      param,
      "invalid_file_purpose",
    );
  }
  return row;
}
