/**
 * The one check every /api/v1 request goes through: the bearer token, its scopes, the owner's current role,
 * and a rate limit per token. Rights are the smaller of what the token's scopes allow and what the person's
 * role in the workspace allows, re-read on every request.
 */
import "server-only";
import { findTokenAccess, type TokenAccess } from "@/lib/api-tokens/queries";
import type { TokenScope } from "@/lib/api-tokens/schema";
import { createRateLimiter } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { hasRole, type Role } from "@/lib/workspaces/roles";

/** What a request needs: `read` for any GET, one of the change scopes otherwise. */
export type Need = TokenScope;

/** The least role each need takes; every member may read, change datasets, start jobs and chat. */
const ROLE_FOR: Record<Need, Role> = { read: "member", datasets: "member", jobs: "member", chat: "member" };

export const RATE_LIMIT = { max: 120, windowMs: 60_000 };
const limiter = createRateLimiter(RATE_LIMIT);

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

export async function authorizeToken(request: Request, need: Need): Promise<TokenAccess> {
  const bearer = bearerOf(request);
  const access = bearer ? await findTokenAccess(bearer) : null;
  if (!access) throw new AppError("unauthorized", "A valid API token is required");
  const keys = [access.tokenId];
  if (!limiter.allows(keys)) throw new RateLimitedError(Math.ceil(RATE_LIMIT.windowMs / 1000));
  limiter.record(keys);
  const scoped = need === "read" || access.scopes.includes(need);
  if (!scoped) throw new AppError("forbidden", `This token lacks the ${need} scope`);
  if (!hasRole(access.role, ROLE_FOR[need])) throw new AppError("forbidden", `This needs the ${ROLE_FOR[need]} role`);
  return access;
}
