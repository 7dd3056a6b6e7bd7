/**
 * The one place that says who may do what. Every server action (by name) and every route handler
 * (by "METHOD /path") maps to a permission, and every permission to the least role that has it, or, for the
 * few that concern the whole installation rather than one workspace, to its installation admins.
 * An action or route that is not listed here is refused for everyone (and fails lib/auth/policy.test.ts).
 *
 * Outside this table, on purpose:
 * - the Sandbox's own API under /api/sandbox/v1 (its callers bring the Sandbox bearer token, not a session);
 * - the REST API's OpenAPI document (public, like any API's reference);
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
  /** webhooks, the workspace's name, the model lifecycle dates */
  "settings.manage": "admin",
  /** the prices every cost estimate uses: what the team believes it pays is the owner's call */
  "billing.manage": "owner",
  /** download everything the workspace holds, or restore an archive into it */
  "workspace.transfer": "admin",
  /** make someone owner */
  "owners.manage": "owner",
  /** delete the workspace and everything in it */
  "workspace.delete": "owner",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissionRoles;

/**
 * Permissions over the installation itself, across all its workspaces: held by its installation admins
 * (user.installationAdmin, the first account to begin with), whatever their role in any workspace.
 */
export const installationPermissions = [
  /** who may sign up */
  "installation.manage",
] as const;

type InstallationPermission = (typeof installationPermissions)[number];

/** What an action needs: a permission in the caller's workspace, or one over the installation. */
export type Rule = Permission | InstallationPermission;

export function isInstallationPermission(rule: Rule): rule is InstallationPermission {
  return (installationPermissions as readonly string[]).includes(rule);
}

/** Server actions, by the name given to createAction (the same as the exported function's name). */
export const actionPermissions: Record<string, Rule> = {
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
  reviewTrainElsewhereAction: "jobs.start",
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
  setPriceAction: "billing.manage",
  resetPriceAction: "billing.manage",
  saveWebhookAction: "settings.manage",
  rotateWebhookSecretAction: "settings.manage",
  deleteWebhookAction: "settings.manage",
  sendTestWebhookAction: "settings.manage",
  setLifecycleOverrideAction: "settings.manage",
  deleteWorkspaceAction: "workspace.delete",
  removeLifecycleOverrideAction: "settings.manage",
  /** personal API tokens: a token never has more rights than its owner's role */
  createTokenAction: "workspace.read",
  revokeTokenAction: "workspace.read",
  // team
  inviteMemberAction: "members.manage",
  revokeInvitationAction: "members.manage",
  changeMemberRoleAction: "members.manage",
  removeMemberAction: "members.manage",
  /** leaving, switching and joining only concern the caller's own memberships */
  leaveWorkspaceAction: "workspace.read",
  switchWorkspaceAction: "workspace.read",
  /** a new workspace of the caller's own, whatever their role here */
  createWorkspaceAction: "workspace.read",
  acceptInvitationAction: "workspace.read",
  signOutEverywhereAction: "workspace.read",
  // installation
  saveSignupModeAction: "installation.manage",
};

/** Route handlers, by "METHOD /path" with the folder names of dynamic segments. */
export const routePermissions: Record<string, Permission> = {
  "GET /api/jobs": "workspace.read",
  "GET /api/jobs/[jobId]": "workspace.read",
  "GET /api/jobs/[jobId]/metrics": "workspace.read",
  "GET /api/jobs/[jobId]/events": "workspace.read",
  "GET /api/jobs/[jobId]/result-files/[fileId]": "workspace.read",
  "GET /api/jobs/[jobId]/train-elsewhere-targets": "jobs.start",
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
  "GET /api/lifecycle": "workspace.read",
  "GET /api/workspace/export": "workspace.transfer",
  "POST /api/workspace/import": "workspace.transfer",
};

/**
 * The REST API's route handlers: the caller brings a personal API token (lib/rest/authorize.ts) instead of a
 * session, and the token's owner needs the same permission as in the app (and the token the matching scope).
 */
export const tokenRoutePermissions: Record<string, Permission> = {
  "GET /api/v1/connections": "workspace.read",
  "GET /api/v1/datasets": "workspace.read",
  "POST /api/v1/datasets": "datasets.edit",
  "GET /api/v1/datasets/[datasetId]": "workspace.read",
  "POST /api/v1/datasets/[datasetId]/examples": "datasets.edit",
  "GET /api/v1/datasets/[datasetId]/versions": "workspace.read",
  "POST /api/v1/datasets/[datasetId]/versions": "datasets.edit",
  "GET /api/v1/versions/[versionId]": "workspace.read",
  "GET /api/v1/jobs": "workspace.read",
  "POST /api/v1/jobs": "jobs.start",
  "GET /api/v1/jobs/[jobId]": "workspace.read",
  "GET /api/v1/jobs/[jobId]/events": "workspace.read",
  "GET /api/v1/jobs/[jobId]/metrics": "workspace.read",
  "POST /api/v1/jobs/[jobId]/cancel": "jobs.control",
  "POST /api/v1/chat/completions": "chat.use",
};

/** Outside the table on purpose (see the top of this file); the policy test knows them by these names. */
export const outsidePolicy = {
  actions: ["signUpAction", "signInAction", "signOutAction", "setLocaleAction"],
  /** /api/health holds no data; the OpenAPI document describes the API, not anyone's data */
  routes: ["GET /api/health", "GET /api/v1/openapi.json"],
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
