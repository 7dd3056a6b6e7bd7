import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function withMaxMb(value: string) {
  vi.stubEnv("UPLOAD_MAX_MB", value);
  vi.resetModules();
  return import("./limit");
}

const upload = (bytes: number) =>
  new Request("http://localhost/upload", { method: "POST", headers: { "content-length": String(bytes) } });

describe("upload limits", () => {
  it("keep an upload's own limit when UPLOAD_MAX_MB is larger", async () => {
    const { uploadLimitBytes } = await withMaxMb("2000");
    expect(uploadLimitBytes(25 * 1024 * 1024)).toBe(25 * 1024 * 1024);
  });

  it("lower every upload's limit to UPLOAD_MAX_MB, and refuse a larger body by its length", async () => {
    const { refuseOversizedUpload, uploadLimitBytes } = await withMaxMb("10");
    expect(uploadLimitBytes(1536 * 1024 * 1024)).toBe(10 * 1024 * 1024);
    expect(() => refuseOversizedUpload(upload(10 * 1024 * 1024), 1536 * 1024 * 1024)).not.toThrow();
    expect(() => refuseOversizedUpload(upload(10 * 1024 * 1024 + 1), 1536 * 1024 * 1024, "archive")).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        fields: { archive: { code: "fileTooLarge", params: { maxMb: 10 } } },
      }),
    );
  });
});
