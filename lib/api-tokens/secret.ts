/** The token text itself: made once, shown once, kept only as its SHA-256. */
import { createHash, randomBytes } from "node:crypto";

const PREFIX = "fp_";

export function generateToken(): string {
  return `${PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The form of a token, checked before any database lookup. */
export function looksLikeToken(value: string): boolean {
  return /^fp_[A-Za-z0-9_-]{43}$/.test(value);
}
