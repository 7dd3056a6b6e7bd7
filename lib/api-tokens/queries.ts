/** Personal API tokens: create (the only time the token is returned), list, revoke, and the lookup of a bearer. */
import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import type { Access } from "@/lib/auth/access";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toRole } from "@/lib/workspaces/queries";
import { type CreateTokenInput, createTokenSchema, parseScopes, type TokenScope } from "./schema";
import { generateToken, hashToken, looksLikeToken } from "./secret";

const DAY_MS = 86_400_000;
/** Writing "last used" on every request would make each read a write; once a minute is exact enough. */
const LAST_USED_PRECISION_MS = 60_000;

type Owner = { workspaceId: string; userId: string };

export type TokenView = {
  id: string;
  name: string;
  scopes: TokenScope[];
  lastFour: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

export async function createToken(options: {
  actor: AuditActor;
  input: CreateTokenInput;
  now?: Date;
}): Promise<{ token: string; view: TokenView }> {
  const { actor, now = new Date() } = options;
  const workspaceId = actor.workspace.id;
  const userId = actor.user.id;
  const input = createTokenSchema.parse(options.input);
  const token = generateToken();
  const expiresAt =
    input.expiresInDays === "never" ? null : new Date(now.getTime() + Number(input.expiresInDays) * DAY_MS);
  const row = await db.apiToken.create({
    data: {
      workspaceId,
      userId,
      name: input.name,
      scopes: JSON.stringify(input.scopes),
      tokenHash: hashToken(token),
      lastFour: token.slice(-4),
      createdAt: now,
      expiresAt,
    },
  });
  const view = toView(row);
  await record(actor, "token.created", { type: "token", id: view.id, name: view.name }, { scopes: view.scopes });
  return { token, view };
}

/** The caller's own tokens in this workspace, newest first; revoked ones stay listed, marked. */
export async function listTokens({ workspaceId, userId }: Owner): Promise<TokenView[]> {
  const rows = await db.apiToken.findMany({ where: { workspaceId, userId }, orderBy: { createdAt: "desc" } });
  return rows.map(toView);
}

/** Only its owner revokes a token; someone else's token is "not there". */
export async function revokeToken({ actor, tokenId }: { actor: AuditActor; tokenId: string }): Promise<void> {
  const workspaceId = actor.workspace.id;
  const userId = actor.user.id;
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, workspaceId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0 && !(await db.apiToken.count({ where: { id: tokenId, workspaceId, userId } }))) {
    throw new AppError("not_found", "This token does not exist");
  }
  await record(actor, "token.revoked", { type: "token", id: tokenId });
}

export type TokenAccess = Access & { tokenId: string; scopes: TokenScope[] };

/**
 * The access a bearer token grants now: its owner's current membership of the token's workspace (a removed
 * member's token stops working), or null for anything unknown, revoked or expired.
 */
export async function findTokenAccess(bearer: string, now = new Date()): Promise<TokenAccess | null> {
  if (!looksLikeToken(bearer)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(bearer) },
    include: {
      user: { select: { id: true, name: true, email: true } },
      workspace: { select: { id: true, name: true } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const member = await db.member.findUnique({
    where: { workspaceId_userId: { workspaceId: row.workspaceId, userId: row.userId } },
    select: { role: true },
  });
  if (!member) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    user: row.user,
    workspace: row.workspace,
    role: toRole(member.role),
    tokenId: row.id,
    scopes: parseScopes(row.scopes),
  };
}

function toView(row: {
  id: string;
  name: string;
  scopes: string;
  lastFour: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}): TokenView {
  const { id, name, lastFour, createdAt, lastUsedAt, expiresAt, revokedAt } = row;
  return { id, name, scopes: parseScopes(row.scopes), lastFour, createdAt, lastUsedAt, expiresAt, revokedAt };
}
