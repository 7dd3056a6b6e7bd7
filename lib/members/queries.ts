/** A workspace's people: list, change a role, remove, leave. Owners stay: the last one can't go or be demoted. */
import "server-only";
import { record } from "@/lib/audit/record";
import type { Access } from "@/lib/auth/access";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toRole } from "@/lib/workspaces/queries";
import { type Role, roles } from "@/lib/workspaces/roles";

type MemberRow = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

export async function listMembers(workspaceId: string): Promise<MemberRow[]> {
  const members = await db.member.findMany({
    where: { workspaceId },
    include: { user: { select: { name: true, email: true } } },
  });
  return members
    .map((member) => ({
      userId: member.userId,
      name: member.user.name,
      email: member.user.email,
      role: toRole(member.role),
      joinedAt: member.createdAt,
    }))
    .sort((a, b) => roles.indexOf(b.role) - roles.indexOf(a.role) || a.name.localeCompare(b.name));
}

async function memberOrThrow(workspaceId: string, userId: string) {
  const member = await db.member.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    include: { user: { select: { name: true, email: true } } },
  });
  if (!member) throw new AppError("not_found", "This person is not a member");
  return { ...member, role: toRole(member.role) };
}

async function ownerCount(workspaceId: string) {
  return db.member.count({ where: { workspaceId, role: "owner" } });
}

const lastOwner = () => new AppError("conflict", "The last owner", { reason: { code: "lastOwner" } });

/** Admins manage viewers, editors and admins; only an owner makes or unmakes owners. */
function assertMayManage(access: Access, role: Role) {
  if (role === "owner" && !can(access.role, "owners.manage"))
    throw new AppError("forbidden", "Only an owner manages owners", { reason: { code: "ownersOnly" } });
}

export async function changeMemberRole({ access, userId, role }: { access: Access; userId: string; role: Role }) {
  const workspaceId = access.workspace.id;
  const member = await memberOrThrow(workspaceId, userId);
  assertMayManage(access, member.role);
  assertMayManage(access, role);
  if (member.role === role) return { ...member, previousRole: role };
  if (member.role === "owner" && (await ownerCount(workspaceId)) <= 1) throw lastOwner();
  await db.member.update({ where: { id: member.id }, data: { role } });
  const target = { type: "user", id: userId, name: member.user.name };
  await record(access, "member.role_changed", target, { role, previousRole: member.role });
  return { ...member, role, previousRole: member.role };
}

export async function removeMember({ access, userId }: { access: Access; userId: string }) {
  if (userId === access.user.id) throw new AppError("invalid_input", "Use leave", { reason: { code: "removeSelf" } });
  const member = await memberOrThrow(access.workspace.id, userId);
  assertMayManage(access, member.role);
  await db.member.delete({ where: { id: member.id } });
  await record(access, "member.removed", { type: "user", id: userId, name: member.user.name }, { role: member.role });
  return member;
}

export async function leaveWorkspace(access: Access) {
  if (access.role === "owner" && (await ownerCount(access.workspace.id)) <= 1) throw lastOwner();
  await db.member.delete({
    where: { workspaceId_userId: { workspaceId: access.workspace.id, userId: access.user.id } },
  });
  await record(
    access,
    "member.left",
    { type: "user", id: access.user.id, name: access.user.name },
    { role: access.role },
  );
}

/** The workspace to switch to, if the user belongs to it (404 otherwise). */
export async function membershipOrThrow({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  return memberOrThrow(workspaceId, userId);
}
