import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isUploadAborted, UploadError, uploadWithProgress } from "./browser";

/** Just enough of XMLHttpRequest to drive the helper: the test plays the server by calling `answer`. */
class FakeRequest {
  static last: FakeRequest;
  method = "";
  url = "";
  headers: Record<string, string> = {};
  sent: unknown;
  status = 0;
  response: unknown = null;
  responseType = "";
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, response: unknown) {
    this.status = status;
    this.response = response;
    this.onload?.();
  }
}

beforeEach(() => vi.stubGlobal("XMLHttpRequest", FakeRequest));
afterEach(() => vi.unstubAllGlobals());

const file = new Blob(["{}\n"]);

describe("uploadWithProgress", () => {
  it("posts the body with its headers, reports progress and resolves with the JSON answer", async () => {
    const shares: number[] = [];
    const done = uploadWithProgress({
      url: "/upload?x=1",
      body: file,
      headers: { "x-filename": "a.jsonl" },
      onProgress: (share) => shares.push(share),
    });
    const request = FakeRequest.last;
    expect(request).toMatchObject({ method: "POST", url: "/upload?x=1", sent: file, responseType: "json" });
    expect(request.headers).toEqual({ "x-filename": "a.jsonl" });
    request.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 4 });
    request.upload.onprogress?.({ lengthComputable: false, loaded: 2, total: 0 });
    request.answer(200, { fileId: "file-1" });
    await expect(done).resolves.toEqual({ fileId: "file-1" });
    expect(shares).toEqual([0.25]);
  });

  it("rejects an error status with the server's body", async () => {
    const done = uploadWithProgress({ url: "/upload", body: file });
    FakeRequest.last.answer(400, { error: { code: "invalid_input" } });
    const error = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ reason: "http", status: 400, body: { error: { code: "invalid_input" } } });
  });

  it("rejects a lost connection as a network failure", async () => {
    const done = uploadWithProgress({ url: "/upload", body: file });
    FakeRequest.last.onerror?.();
    await expect(done).rejects.toMatchObject({ reason: "network" });
  });

  it("aborts the request when the signal fires, and does not start when it already has", async () => {
    const controller = new AbortController();
    const done = uploadWithProgress({ url: "/upload", body: file, signal: controller.signal });
    controller.abort();
    const error = await done.catch((caught: unknown) => caught);
    expect(isUploadAborted(error)).toBe(true);

    const before = FakeRequest.last;
    await expect(uploadWithProgress({ url: "/upload", body: file, signal: controller.signal })).rejects.toMatchObject({
      reason: "aborted",
    });
    expect(FakeRequest.last).toBe(before);
  });
});
