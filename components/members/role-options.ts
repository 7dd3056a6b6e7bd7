import type { Role } from "@/lib/workspaces/roles";

const ROLES: Role[] = ["viewer", "editor", "admin", "owner"];

/** The roles someone may hand out: owners only by an owner. */
export function assignableRoles(canManageOwners: boolean): Role[] {
  return canManageOwners ? ROLES : ROLES.filter((role) => role !== "owner");
}
