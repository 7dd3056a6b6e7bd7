/** What a personal API token may do, and what the tokens section sends to create one. */
import { z } from "zod";

/** `read` sees everything; the others each add one kind of change. */
export const TOKEN_SCOPES = ["read", "datasets", "jobs", "chat"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;

export const createTokenSchema = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length),
  expiresInDays: z.enum(TOKEN_LIFETIMES).default("90"),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const tokenIdSchema = z.object({ tokenId: z.string().min(1) });

/** Stored as a JSON array; anything unknown in it (an older scope) is dropped rather than trusted. */
export function parseScopes(stored: string): TokenScope[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(stored));
  if (!parsed.success) return [];
  return TOKEN_SCOPES.filter((scope) => parsed.data.includes(scope));
}
