/**
 * The one place that says who may do what. Every server action (by name) and every route handler
 * (by "METHOD /path") maps to a permission, and every permission to the least role that has it.
 * An action or route that is not listed here is refused for everyone (and fails lib/auth/policy.test.ts).
 *
 * Outside this table, on purpose:
 * - the Sandbox's own API under /api/sandbox/v1 (its callers bring the Sandbox bearer token, not a session);
 * - sign-up and sign-in (createPublicAction: they are how a session starts), sign-out and the language switch
 *   (they only touch the caller's own cookies), /api/health (no data).
 */
import { hasRole, type Role } from "@/lib/workspaces/roles";

export const permissionRoles = {
  /** see datasets, jobs, conversations, notifications, connection names */
  "workspace.read": "viewer",
  /** chat with models that already exist */
  "chat.use": "viewer",
  "datasets.edit": "editor",
  /** start a job: this spends money */
  "jobs.start": "editor",
  /** cancel, pause, resume a job, name its deployment */
  "jobs.control": "editor",
  /** test a connection */
  "connections.test": "editor",
  /** base URLs, endpoints, keys' last digits, Sandbox settings */
  "connections.view": "admin",
  "connections.manage": "admin",
  "members.manage": "admin",
  "audit.read": "admin",
  /** prices, webhooks, the workspace's name */
  "settings.manage": "admin",
  /** make someone owner */
  "owners.manage": "owner",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissionRoles;

/** Server actions, by the name given to createAction (the same as the exported function's name). */
export const actionPermissions: Record<string, Permission> = {
  // datasets
  createDatasetAction: "datasets.edit",
  renameDatasetAction: "datasets.edit",
  duplicateDatasetAction: "datasets.edit",
  deleteDatasetAction: "datasets.edit",
  saveExampleAction: "datasets.edit",
  addExampleAction: "datasets.edit",
  deleteExampleAction: "datasets.edit",
  freezeVersionAction: "datasets.edit",
  setSystemPromptForAllAction: "datasets.edit",
  removeDuplicatesAction: "datasets.edit",
  // jobs
  reviewJobAction: "jobs.start",
  createJobAction: "jobs.start",
  cancelJobAction: "jobs.control",
  pauseJobAction: "jobs.control",
  resumeJobAction: "jobs.control",
  saveDeploymentAction: "jobs.control",
  syncJobsNowAction: "workspace.read",
  // chat
  saveConversationAction: "chat.use",
  renameConversationAction: "chat.use",
  deleteConversationAction: "chat.use",
  addToDatasetAction: "datasets.edit",
  // notifications (the caller's own)
  markNotificationReadAction: "workspace.read",
  markAllNotificationsReadAction: "workspace.read",
  // connections
  createConnectionAction: "connections.manage",
  updateConnectionAction: "connections.manage",
  deleteConnectionAction: "connections.manage",
  revealSandboxAccessAction: "connections.manage",
  testConnectionAction: "connections.test",
  // settings
  renameWorkspaceAction: "settings.manage",
  setPriceAction: "settings.manage",
  resetPriceAction: "settings.manage",
  saveWebhookAction: "settings.manage",
  rotateWebhookSecretAction: "settings.manage",
  deleteWebhookAction: "settings.manage",
  sendTestWebhookAction: "settings.manage",
  // team
  inviteMemberAction: "members.manage",
  revokeInvitationAction: "members.manage",
  changeMemberRoleAction: "members.manage",
  removeMemberAction: "members.manage",
  /** leaving, switching and joining only concern the caller's own memberships */
  leaveWorkspaceAction: "workspace.read",
  switchWorkspaceAction: "workspace.read",
  acceptInvitationAction: "workspace.read",
  signOutEverywhereAction: "workspace.read",
};

/** Route handlers, by "METHOD /path" with the folder names of dynamic segments. */
export const routePermissions: Record<string, Permission> = {
  "GET /api/jobs": "workspace.read",
  "GET /api/jobs/[jobId]": "workspace.read",
  "GET /api/jobs/[jobId]/metrics": "workspace.read",
  "GET /api/jobs/[jobId]/events": "workspace.read",
  "GET /api/jobs/[jobId]/result-files/[fileId]": "workspace.read",
  "GET /api/chat/conversations": "chat.use",
  "GET /api/chat/conversations/[conversationId]/export": "workspace.read",
  "GET /api/chat/models": "chat.use",
  "POST /api/chat/stream": "chat.use",
  "GET /api/notifications": "workspace.read",
  "GET /api/datasets/[datasetId]/examples": "workspace.read",
  "GET /api/datasets/[datasetId]/examples/[exampleId]": "workspace.read",
  "POST /api/datasets/[datasetId]/import": "datasets.edit",
  "GET /api/datasets/[datasetId]/diff": "workspace.read",
  "GET /api/versions/[versionId]/export": "workspace.read",
  "POST /jobs/new/files": "jobs.start",
  "GET /jobs/new/models": "jobs.start",
  "GET /audit/export": "audit.read",
};

/** Outside the table on purpose (see the top of this file); the policy test knows them by these names. */
export const outsidePolicy = {
  actions: ["signUpAction", "signInAction", "signOutAction", "setLocaleAction"],
  routes: ["GET /api/health"],
  routePrefix: "/api/sandbox/v1/",
};

export function roleFor(permission: Permission): Role {
  return permissionRoles[permission];
}

export function can(role: Role, permission: Permission): boolean {
  return hasRole(role, permissionRoles[permission]);
}

/** What the caller's role allows, for the UI to hide or disable what it may not do. */
export type Abilities = Record<Permission, boolean>;

export function abilitiesOf(role: Role): Abilities {
  return Object.fromEntries(
    Object.keys(permissionRoles).map((permission) => [permission, can(role, permission as Permission)]),
  ) as Abilities;
}
