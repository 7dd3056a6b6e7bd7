/**
 * The one check every /api/v1 request goes through: the bearer token, its scopes, the owner's current role,
 * and a rate limit per token. Rights are the smaller of what the token's scopes allow and what the person's
 * role in the workspace allows, re-read on every request.
 */
import "server-only";
import { findTokenAccess, type TokenAccess } from "@/lib/api-tokens/queries";
import type { TokenScope } from "@/lib/api-tokens/schema";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { can, type Permission, roleFor } from "@/lib/auth/policy";
import { createRateLimiter } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";

/** What a request needs of the token: `read` for reading, one of the change scopes otherwise. */
export type Need = TokenScope;

/** The token scope each permission of lib/auth/policy.ts takes (permissions not listed are never open to tokens). */
const SCOPE_FOR: Partial<Record<Permission, Need>> = {
  "workspace.read": "read",
  "datasets.edit": "datasets",
  "jobs.start": "jobs",
  "jobs.control": "jobs",
  "chat.use": "chat",
};

export function scopeFor(permission: Permission): Need | undefined {
  return SCOPE_FOR[permission];
}

export const RATE_LIMIT = { max: 120, windowMs: 60_000 };
const limiter = createRateLimiter(RATE_LIMIT);
/** Wrong or revoked tokens per client address: enough for a pipeline to notice its token is gone, too few to guess. */
export const FAILED_TOKEN_LIMIT = { max: 60, windowMs: 15 * 60_000 };
const failedTokens = createRateLimiter(FAILED_TOKEN_LIMIT);

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Too many requests");
  }
}

function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** The token's owner must have `permission` in the workspace (as in the app), and the token its scope. */
export async function authorizeToken(request: Request, permission: Permission): Promise<TokenAccess> {
  const bearer = bearerOf(request);
  const address = [clientAddressFrom(request.headers)];
  if (bearer && !failedTokens.allows(address))
    throw new RateLimitedError(Math.ceil(FAILED_TOKEN_LIMIT.windowMs / 1000));
  const access = bearer ? await findTokenAccess(bearer) : null;
  if (!access) {
    if (bearer) failedTokens.record(address);
    throw new AppError("unauthorized", "A valid API token is required");
  }
  const keys = [access.tokenId];
  if (!limiter.allows(keys)) throw new RateLimitedError(Math.ceil(RATE_LIMIT.windowMs / 1000));
  limiter.record(keys);
  const need = scopeFor(permission);
  if (!need) throw new AppError("forbidden", "API tokens cannot do this");
  const scoped = need === "read" || access.scopes.includes(need);
  if (!scoped) throw new AppError("forbidden", `This token lacks the ${need} scope`);
  if (!can(access.role, permission)) throw new AppError("forbidden", `This needs the ${roleFor(permission)} role`);
  return access;
}
