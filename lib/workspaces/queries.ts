import "server-only";
import { sandboxCredentials } from "@/lib/connections/queries";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";

/** A new account gets a workspace of its own, with the built-in Sandbox connection in it. */
export async function createWorkspaceForUser(user: { id: string; name: string }) {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name: user.name.trim() ? `${user.name.trim()}’s workspace` : "My workspace" },
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

/** The workspace a user works in: their oldest membership. */
export async function findMembershipByUserId(userId: string) {
  const member = await db.member.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { workspace: { select: { id: true, name: true } } },
  });
  return member && { workspace: member.workspace, role: member.role as Role };
}

export async function renameWorkspace({ workspaceId, name }: { workspaceId: string; name: string }) {
  return db.workspace.update({ where: { id: workspaceId }, data: { name } });
}
