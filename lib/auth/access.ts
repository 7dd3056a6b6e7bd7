/** The one check every page, server action and route handler goes through: who calls, and in which workspace. */
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { isInstallationAdmin } from "@/lib/installation/queries";
import { createWorkspaceForUser, findMembershipByUserId } from "@/lib/workspaces/queries";
import type { Role } from "@/lib/workspaces/roles";
import { can, isInstallationPermission, type Permission, type Rule, roleFor } from "./policy";
import { auth } from "./server";

export type Access = {
  user: { id: string; name: string; email: string };
  workspace: { id: string; name: string };
  role: Role;
};

/** The cookie that remembers which of their workspaces a person works in; checked against memberships. */
const WORKSPACE_COOKIE = "ftp-workspace";

/** The caller's access, or null when nobody is signed in. Cached for one request. */
export const getAccess = cache(async (): Promise<Access | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  // Sign-up makes the workspace; should that have failed half-way (or the person have left every workspace),
  // the first request makes one instead.
  const membership =
    (await findMembershipByUserId(session.user.id, preferred)) ??
    (await createWorkspaceForUser(session.user).then(() => findMembershipByUserId(session.user.id)));
  if (!membership) return null;
  const { id, name, email } = session.user;
  return { user: { id, name, email }, ...membership };
});

/**
 * For actions and route handlers: the caller's access if their role has `permission` (or, for a permission
 * over the installation, if they are an installation admin), or an AppError.
 */
export async function requireAccess(permission: Rule = "workspace.read"): Promise<Access> {
  const access = await getAccess();
  if (!isInstallationPermission(permission)) return checkAccess(access, permission);
  if (!access) throw new AppError("unauthorized", "Sign in to continue");
  if (!(await isInstallationAdmin(access.user.id))) throw new AppError("forbidden", "This needs an installation admin");
  return access;
}

export function checkAccess(access: Access | null, permission: Permission = "workspace.read"): Access {
  if (!access) throw new AppError("unauthorized", "Sign in to continue");
  if (!can(access.role, permission)) throw new AppError("forbidden", `This needs the ${roleFor(permission)} role`);
  return access;
}

/** For pages: the caller's access, or a redirect to sign-in (or to the start page without `permission`). */
export async function requirePageAccess(permission?: Permission): Promise<Access> {
  const access = await getAccess();
  if (!access) redirect("/sign-in");
  if (permission && !can(access.role, permission)) redirect("/");
  return access;
}

/** Makes `workspaceId` the one the caller works in (getAccess checks the membership on every request). */
export async function rememberWorkspace(workspaceId: string | null): Promise<void> {
  const jar = await cookies();
  if (!workspaceId) jar.delete(WORKSPACE_COOKIE);
  else
    jar.set(WORKSPACE_COOKIE, workspaceId, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}
