/** Takes the file of a multipart request into the store; what goes wrong after its bytes arrived removes them again. */
import "server-only";
import { invalidRequest } from "./errors";
import type { SandboxConnection } from "./http";
import { readMultipart } from "./multipart";
import { storageRoom } from "./quota";
import { blobStore } from "./storage";

type Received = { fields: Map<string, string>; file: { filename: string; bytes: number } };

export async function receiveFile<T>(
  connection: SandboxConnection,
  request: Request,
  target: { kind: "files" | "parts"; id: string; field: string; maxBytes: number },
  keep: (form: Received) => Promise<T>,
): Promise<T> {
  const blobs = blobStore(connection.id);
  const room = await storageRoom(connection);
  try {
    const form = await readMultipart(request, {
      fileField: target.field,
      maxFileBytes: target.maxBytes,
      room,
      saveFile: (stream) => blobs.write(target.kind, target.id, stream),
    });
    if (!form.file) throw invalidRequest(`Missing required parameter: '${target.field}'.`, target.field);
    return await keep({ fields: form.fields, file: form.file });
  } catch (error) {
    await blobs.remove(target.kind, target.id);
    throw error;
  }
}
