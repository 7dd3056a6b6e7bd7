import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, lastFour } from "./crypto";
import { AppError } from "./errors";

const secret = "a-long-app-secret-for-tests-0123456789";
const key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";

describe("provider key encryption", () => {
  it("round-trips a key", () => {
    expect(decryptSecret(encryptSecret(key, secret), secret)).toBe(key);
  });

  it("never stores the key or a piece of it in the clear", () => {
    const sealed = encryptSecret(key, secret);
    expect(sealed).not.toContain(key.slice(0, 12));
    expect(sealed).not.toContain(Buffer.from(key).toString("base64url").slice(0, 12));
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret(key, secret)).not.toBe(encryptSecret(key, secret));
  });

  it("detects a changed ciphertext, tag or IV", () => {
    const sealed = encryptSecret(key, secret);
    const [version, iv, tag, body] = sealed.split(".") as [string, string, string, string];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, "base64url");
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString("base64url");
    };
    for (const tampered of [
      [version, iv, tag, flip(body)],
      [version, iv, flip(tag), body],
      [version, flip(iv), tag, body],
    ]) {
      expect(() => decryptSecret(tampered.join("."), secret)).toThrow(AppError);
    }
  });

  it("refuses to decrypt with another app secret", () => {
    expect(() => decryptSecret(encryptSecret(key, secret), `${secret}-other`)).toThrow(/could not be decrypted/);
  });

  it("refuses an unknown format", () => {
    expect(() => decryptSecret("plain-text-key", secret)).toThrow(/unknown format/);
  });

  it("shows only the last four characters", () => {
    expect(lastFour(key)).toBe("6789");
  });
});
