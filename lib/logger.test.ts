import { describe, expect, it } from "vitest";
import { redact } from "./logger";

describe("redact", () => {
  it("masks keys and bearer tokens a provider may echo", () => {
    const line =
      "401 Incorrect API key provided: sk-proj-abcdef123456. Header was Bearer abc.def-ghi_jkl and sbx-0123456789abc";
    const masked = redact(line);
    expect(masked).not.toContain("sk-proj-abcdef123456");
    expect(masked).not.toContain("abc.def-ghi_jkl");
    expect(masked).not.toContain("sbx-0123456789abc");
    expect(masked).toContain("401 Incorrect API key provided");
  });
});
