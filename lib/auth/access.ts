/** The one check every page, server action and route handler goes through: who calls, and in which workspace. */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { createWorkspaceForUser, findMembershipByUserId } from "@/lib/workspaces/queries";
import { hasRole, type Role } from "@/lib/workspaces/roles";
import { auth } from "./server";

export type Access = {
  user: { id: string; name: string; email: string };
  workspace: { id: string; name: string };
  role: Role;
};

/** The caller's access, or null when nobody is signed in. Cached for one request. */
export const getAccess = cache(async (): Promise<Access | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  // Sign-up makes the workspace; should that have failed half-way, the first request makes it instead.
  const membership =
    (await findMembershipByUserId(session.user.id)) ??
    (await createWorkspaceForUser(session.user).then(() => findMembershipByUserId(session.user.id)));
  if (!membership) return null;
  const { id, name, email } = session.user;
  return { user: { id, name, email }, ...membership };
});

/** For actions and route handlers: the caller's access with at least `role`, or an AppError. */
export async function requireAccess(role: Role = "member"): Promise<Access> {
  return checkAccess(await getAccess(), role);
}

export function checkAccess(access: Access | null, role: Role = "member"): Access {
  if (!access) throw new AppError("unauthorized", "Sign in to continue");
  if (!hasRole(access.role, role)) throw new AppError("forbidden", `This needs the ${role} role`);
  return access;
}

/** For pages: the caller's access, or a redirect to sign-in. */
export async function requirePageAccess(): Promise<Access> {
  const access = await getAccess();
  if (!access) redirect("/sign-in");
  return access;
}
