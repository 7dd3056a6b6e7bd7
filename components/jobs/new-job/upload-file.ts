"use client";
import type { ErrorBody } from "@/lib/errors";

type UploadResult = { ok: true; fileId: string } | { ok: false; error: ErrorBody };

/** Sends a file chosen on the form to the connection through the server, reporting progress (0–1). */
export function uploadJobFile(options: {
  connectionId: string;
  purpose: "training" | "validation";
  file: File;
  onProgress: (share: number) => void;
}): Promise<UploadResult> {
  const query = new URLSearchParams({
    connectionId: options.connectionId,
    purpose: options.purpose,
    filename: options.file.name,
  });
  // XMLHttpRequest, because fetch does not report upload progress.
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/jobs/new/files?${query}`);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { fileId?: string; error?: ErrorBody } | null;
      if (request.status === 200 && body?.fileId) resolve({ ok: true, fileId: body.fileId });
      else resolve({ ok: false, error: body?.error ?? { code: "internal" } });
    };
    request.onerror = () => resolve({ ok: false, error: { code: "internal" } });
    request.send(options.file);
  });
}
