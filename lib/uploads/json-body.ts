/** JSON request bodies (chat, REST API, Sandbox), read through the capped reader up to JSON_BODY_MAX_KB. */
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { declaredBytes, readCapped, refuseBody } from "./capped-stream";

/**
 * The parsed body, or undefined when there is none or it is not JSON. A body over the cap, by its Content-Length
 * or by the bytes that came, is an AppError "too_large" as soon as that shows; the rest is never read.
 */
export async function readJsonBody(request: Request, maxBytes = getEnv().JSON_BODY_MAX_KB * 1024): Promise<unknown> {
  if (!request.body) return undefined;
  const tooLarge = () => new AppError("too_large", `The request body is larger than ${Math.floor(maxBytes / 1024)} KB`);
  if (declaredBytes(request) > maxBytes) {
    refuseBody(request.body);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of readCapped(request.body, { maxBytes, tooLarge })) chunks.push(chunk);
  try {
    // Decoded as fetch's request.json() does: UTF-8, a BOM dropped, bad bytes replaced.
    return JSON.parse(new TextDecoder().decode(Buffer.concat(chunks)));
  } catch {
    return undefined;
  }
}
