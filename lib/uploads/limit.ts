/**
 * The configurable ceiling on request bodies that carry files: UPLOAD_MAX_MB lowers each upload's own limit.
 * It is read from Content-Length before the body is; the streaming readers still stop a body that lied.
 */
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

const MB = 1024 * 1024;

/** The largest body, in bytes, an upload with its own limit of `ownLimitBytes` may send. */
export function uploadLimitBytes(ownLimitBytes: number): number {
  return Math.min(ownLimitBytes, getEnv().UPLOAD_MAX_MB * MB);
}

export function refuseOversizedUpload(request: Request, ownLimitBytes: number, field = "file"): void {
  const limit = uploadLimitBytes(ownLimitBytes);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > limit)
    throw new AppError("invalid_input", "The upload is too large", {
      fields: { [field]: { code: "fileTooLarge", params: { maxMb: Math.floor(limit / MB) } } },
    });
}
