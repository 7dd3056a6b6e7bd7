/** Ids and timestamps the way OpenAI writes them. */
import { randomBytes } from "node:crypto";

/** OpenAI-style ids: a prefix and 24 random characters. */
export function newId(prefix: string): string {
  return `${prefix}${randomBytes(18).toString("base64url").replace(/[-_]/g, "x").slice(0, 24)}`;
}

export function unixSeconds(date: Date | number = Date.now()): number {
  return Math.floor((typeof date === "number" ? date : date.getTime()) / 1000);
}
