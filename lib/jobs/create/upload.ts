/** A JSONL file chosen on the new-job form, sent on to the connection (or found there from before). */
import "server-only";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { AppError } from "@/lib/errors";
import { fineTuningClient } from "@/lib/providers/fine-tuning";
import { MAX_FORM_FILE_BYTES } from "./limits";
import { ensureProviderFile } from "./provider-files";

const MB = 1024 * 1024;

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_FORM_FILE_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new AppError("invalid_input", "The file is too large", {
          fields: { file: { code: "fileTooLarge", params: { maxMb: MAX_FORM_FILE_BYTES / MB } } },
        });
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
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
  body: ReadableStream<Uint8Array>;
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
