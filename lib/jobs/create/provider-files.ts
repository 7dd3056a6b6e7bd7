/** Files uploaded to a connection, remembered by content hash so the same bytes are uploaded once. */
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { FineTuningClient } from "@/lib/providers/fine-tuning";
import { providerFailure } from "./provider-failure";

type ConnectionRef = { workspaceId: string; connectionId: string };

const fileFields = { id: true, providerFileId: true, filename: true } as const;

function contentHashOf(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The provider's file for these bytes: the one uploaded before when the provider still has it, else a new
 * upload (the Uploads API above 512 MB), recorded before any job uses it so a retry does not upload again.
 */
export async function ensureProviderFile(
  options: ConnectionRef & {
    client: FineTuningClient;
    bytes: Buffer;
    filename: string;
    purpose: "training" | "validation";
  },
) {
  const { workspaceId, connectionId, client, bytes, filename } = options;
  const contentHash = contentHashOf(bytes);
  const known = await db.providerFile.findUnique({
    where: { connectionId_contentHash: { connectionId, contentHash } },
    select: fileFields,
  });
  const step = options.purpose === "training" ? "uploadTraining" : "uploadValidation";
  try {
    if (known && (await client.fileExists(known.providerFileId))) return known;
    const providerFileId = await client.uploadFile({ bytes, filename });
    const record = { providerFileId, filename, bytes: bytes.length };
    return await db.providerFile.upsert({
      where: { connectionId_contentHash: { connectionId, contentHash } },
      create: { workspaceId, connectionId, contentHash, ...record },
      update: { ...record, createdAt: new Date() },
      select: fileFields,
    });
  } catch (error) {
    throw providerFailure(error, step);
  }
}

/** A file uploaded on the form earlier, as long as it belongs to this connection and the provider still has it. */
export async function getUploadedFileOrThrow(
  options: ConnectionRef & { client: FineTuningClient; fileId: string; field: string },
) {
  const { workspaceId, connectionId, fileId, field } = options;
  const file = await db.providerFile.findFirst({
    where: { id: fileId, workspaceId, connectionId },
    select: fileFields,
  });
  const gone = () =>
    new AppError("invalid_input", "The uploaded file is gone", { fields: { [field]: { code: "uploadGone" } } });
  if (!file) throw gone();
  const exists = await options.client.fileExists(file.providerFileId).catch((error: unknown) => {
    throw providerFailure(error, "checkFile");
  });
  if (!exists) throw gone();
  return file;
}
