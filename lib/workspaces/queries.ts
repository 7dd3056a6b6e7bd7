import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import { sandboxCredentials } from "@/lib/connections/queries";
import { db } from "@/lib/db/client";
import { isRole, type Role } from "./roles";

/**
 * A new account gets a workspace of its own, with the built-in Sandbox connection in it; so does anyone who
 * starts another one (then with the name they chose).
 */
export async function createWorkspaceForUser(user: { id: string; name: string }, name?: string) {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name: name ?? (user.name.trim() ? `${user.name.trim()}’s workspace` : "My workspace") },
    });
    await tx.member.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
    await tx.connection.create({
      data: {
        workspaceId: workspace.id,
        kind: "sandbox",
        name: "Sandbox",
        createdById: user.id,
        ...sandboxCredentials(),
      },
    });
    return workspace;
  });
}

/** Another workspace, started by a signed-in person who becomes its owner. */
export async function startWorkspace({ user, name }: { user: AuditActor["user"]; name: string }) {
  const workspace = await createWorkspaceForUser(user, name);
  await record({ user, workspace }, "workspace.created", { type: "workspace", id: workspace.id, name });
  return workspace;
}

/** The workspace a user works in: the one they chose (when still a member there), else their oldest membership. */
export async function findMembershipByUserId(userId: string, preferredWorkspaceId?: string) {
  const include = { workspace: { select: { id: true, name: true } } };
  const member =
    (preferredWorkspaceId &&
      (await db.member.findUnique({
        where: { workspaceId_userId: { workspaceId: preferredWorkspaceId, userId } },
        include,
      }))) ||
    (await db.member.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, include }));
  return member && { workspace: member.workspace, role: toRole(member.role) };
}

/** Every workspace a user belongs to, for the switcher. */
export async function listMembershipsOfUser(userId: string) {
  const members = await db.member.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { workspace: { select: { id: true, name: true } } },
  });
  return members.map((member) => ({ ...member.workspace, role: toRole(member.role) }));
}

/** A role column read back; anything unknown (never expected) gets the least rights. */
export function toRole(value: string): Role {
  return isRole(value) ? value : "viewer";
}

export async function renameWorkspace({ actor, name }: { actor: AuditActor; name: string }) {
  const workspaceId = actor.workspace.id;
  const previous = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
  const renamed = await db.workspace.update({ where: { id: workspaceId }, data: { name } });
  await record(
    actor,
    "workspace.renamed",
    { type: "workspace", id: workspaceId, name },
    { previousName: previous.name },
  );
  return renamed;
}
