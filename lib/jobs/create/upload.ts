/** A JSONL file chosen on the new-job form, sent on to the connection (or found there from before). */
import "server-only";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { AppError } from "@/lib/errors";
import { fineTuningClient } from "@/lib/providers/fine-tuning";
import { ensureProviderFile } from "./provider-files";

/** The whole file (at most 25 MB: the upload reader stopped a larger one as it arrived). */
async function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  if (size === 0) throw new AppError("invalid_input", "The file is empty", { fields: { file: { code: "emptyFile" } } });
  return Buffer.concat(chunks, size);
}

/** Returns the ProviderFile row's id, which the create action takes as the file. */
export async function uploadFormFile(options: {
  workspaceId: string;
  connectionId: string;
  filename: string;
  purpose: "training" | "validation";
  /** The capped upload, from readUpload (lib/uploads/limit.ts). */
  body: AsyncIterable<Uint8Array>;
}): Promise<{ fileId: string }> {
  const connection = await getConnectionOrThrow(options);
  const bytes = await readAll(options.body);
  const file = await ensureProviderFile({
    workspaceId: options.workspaceId,
    connectionId: connection.id,
    client: fineTuningClient(connection),
    bytes,
    filename: options.filename,
    purpose: options.purpose,
  });
  return { fileId: file.id };
}
