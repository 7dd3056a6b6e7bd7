/** Who may do what inside a workspace. */
export const roles = ["member", "admin", "owner"] as const;
export type Role = (typeof roles)[number];

export function hasRole(actual: Role, required: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(required);
}
