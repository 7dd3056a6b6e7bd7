/**
 * The browser's one way to upload a file: XMLHttpRequest, because fetch does not report upload progress.
 * Resolves with the parsed JSON body of a 2xx answer; rejects with an UploadError saying why it did not.
 */

/** `http`: the server answered with an error status (its JSON body, if any, in `body`); `network`: no answer. */
type UploadFailure = "aborted" | "network" | "http";

export class UploadError extends Error {
  constructor(
    readonly reason: UploadFailure,
    readonly status = 0,
    readonly body: unknown = null,
  ) {
    super(
      reason === "http" ? `Upload failed with HTTP ${status}` : `Upload ${reason === "aborted" ? "aborted" : "failed"}`,
    );
    this.name = "UploadError";
  }
}

export type UploadOptions = {
  url: string;
  body: Blob;
  headers?: Record<string, string>;
  /** the share sent so far, 0–1 */
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
};

export function uploadWithProgress({ url, body, headers = {}, onProgress, signal }: UploadOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new UploadError("aborted"));
    const request = new XMLHttpRequest();
    request.open("POST", url);
    // Not JSON (a proxy's error page, no body) comes as null rather than throwing in onload.
    request.responseType = "json";
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    const onAbort = () => request.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    const settle = (outcome: () => void) => {
      signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    request.onload = () =>
      settle(() => {
        const response: unknown = request.response ?? null;
        if (request.status >= 200 && request.status < 300) resolve(response);
        else reject(new UploadError("http", request.status, response));
      });
    request.onerror = () => settle(() => reject(new UploadError("network")));
    request.onabort = () => settle(() => reject(new UploadError("aborted")));
    request.send(body);
  });
}

export const isUploadAborted = (error: unknown): boolean => error instanceof UploadError && error.reason === "aborted";
