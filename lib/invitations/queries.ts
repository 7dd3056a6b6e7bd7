/** Invitation links: a random token (only its hash is stored), a role, an expiry, single use. */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { type AuditActor, record } from "@/lib/audit/record";
import type { Access } from "@/lib/auth/access";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toRole } from "@/lib/workspaces/queries";
import type { Role } from "@/lib/workspaces/roles";

const DAY_MS = 86_400_000;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

function invitationUrl(token: string): string {
  return new URL(`/invite/${token}`, getEnv().APP_URL).toString();
}

export async function createInvitation({
  access,
  role,
  email,
  now = new Date(),
}: {
  access: Access;
  role: Role;
  email: string | null;
  now?: Date;
}) {
  if (role === "owner" && !can(access.role, "owners.manage"))
    throw new AppError("forbidden", "Only an owner invites owners", { fields: { role: { code: "ownersOnly" } } });
  const token = randomBytes(24).toString("base64url");
  const invitation = await db.invitation.create({
    data: {
      workspaceId: access.workspace.id,
      tokenHash: hashOf(token),
      role,
      email,
      invitedById: access.user.id,
      expiresAt: new Date(now.getTime() + getEnv().INVITATION_DAYS * DAY_MS),
    },
    select: { id: true, expiresAt: true },
  });
  await record(access, "member.invited", { type: "invitation", id: invitation.id, name: email }, { role, email });
  return { ...invitation, url: invitationUrl(token) };
}

/** Invitations not yet accepted, revoked or expired. */
export async function listPendingInvitations(workspaceId: string, now = new Date()) {
  const invitations = await db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
  });
  return invitations.map((invitation) => ({ ...invitation, role: toRole(invitation.role) }));
}

export async function revokeInvitation({ actor, invitationId }: { actor: AuditActor; invitationId: string }) {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, workspaceId: actor.workspace.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("not_found", "This invitation does not exist");
  await record(actor, "member.invitation_revoked", { type: "invitation", id: invitationId });
}

type InvitationStatus = "valid" | "expired" | "used" | "revoked";

/** What the /invite page shows before anyone accepts; null for a token that never existed. */
export async function findInvitation(token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashOf(token) },
    include: { workspace: { select: { id: true, name: true } } },
  });
  if (!invitation) return null;
  const status: InvitationStatus = invitation.revokedAt
    ? "revoked"
    : invitation.acceptedAt
      ? "used"
      : invitation.expiresAt <= now
        ? "expired"
        : "valid";
  return {
    id: invitation.id,
    workspace: invitation.workspace,
    role: toRole(invitation.role),
    status,
    /** an invitation that went out by e-mail admits only that address */
    boundEmail: invitation.mailedAt ? invitation.email : null,
    /** an account was already created with it: it admits no other */
    signedUp: invitation.signedUpAt !== null,
  };
}

/** Notes that an account was created with the invitation; the first such account uses it up for sign-up. */
export async function markInvitationSignedUp(token: string, now = new Date()) {
  await db.invitation.updateMany({ where: { tokenHash: hashOf(token), signedUpAt: null }, data: { signedUpAt: now } });
}

export async function markInvitationMailed(invitationId: string, now = new Date()) {
  await db.invitation.update({ where: { id: invitationId }, data: { mailedAt: now } });
}

/** Joins the user to the invitation's workspace; the link is used up even when they already were a member. */
export async function acceptInvitation({
  token,
  user,
  now = new Date(),
}: {
  token: string;
  user: AuditActor["user"];
  now?: Date;
}) {
  const userId = user.id;
  const joined = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashOf(token) } });
    const { count } = await tx.invitation.updateMany({
      where: { tokenHash: hashOf(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: userId },
    });
    if (!invitation || count === 0)
      throw new AppError("not_found", "This invitation is not valid", {
        reason: { code: "invitationInvalid" },
      });
    const existing = await tx.member.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
    });
    if (!existing)
      await tx.member.create({ data: { workspaceId: invitation.workspaceId, userId, role: invitation.role } });
    return {
      invitationId: invitation.id,
      workspaceId: invitation.workspaceId,
      role: toRole(existing?.role ?? invitation.role),
      alreadyMember: Boolean(existing),
    };
  });
  if (!joined.alreadyMember) {
    const actor = { user, workspace: { id: joined.workspaceId } };
    await record(actor, "member.joined", { type: "user", id: user.id, name: user.name }, { role: joined.role });
  }
  return joined;
}
