/**
 * The authorization matrix, generated from the policy table: every server action and route handler found
 * under app/ is called by each kind of caller, and must allow or refuse exactly as lib/auth/policy.ts says.
 * A new action or route without a rule fails here.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import type { Role } from "@/lib/workspaces/roles";
import type { Permission, Rule } from "./policy";

vi.mock("next/headers", async () => (await import("./test-request")).nextHeaders);
vi.mock("next/cache", async () => (await import("./test-request")).nextCache);
vi.mock("next/navigation", async () => (await import("./test-request")).nextNavigation);

const {
  actionPermissions,
  installationPermissions,
  isInstallationPermission,
  permissionRoles,
  routePermissions,
  tokenRoutePermissions,
} = await import("./policy");
const { createToken, revokeToken } = await import("@/lib/api-tokens/queries");
const { ENDPOINTS } = await import("@/lib/rest/endpoints");
const { scopeFor } = await import("@/lib/rest/authorize");
const { signUpForTest: signUp } = await import("./test-sign-up");
const { findEndpoints } = await import("./test-endpoints");
const { setRequestHeaders } = await import("./test-request");
const { db } = await import("@/lib/db/client");
const { hasRole } = await import("@/lib/workspaces/roles");
const { createDataset } = await import("@/lib/datasets/datasets");
const { addExample } = await import("@/lib/datasets/examples");
const { chatExample } = await import("@/lib/datasets/test-fixtures");
const { emptyState } = await import("@/lib/chat/state");

const { guardedActions, guardedRoutes, tokenRoutes, actions, routes } = await findEndpoints();

type Caller = {
  kind: string;
  cookie: string | null;
  /** a personal API token of the same person and workspace, with every scope */
  token: string | null;
  role: Role | null;
  workspace: "team" | "other" | null;
  /** may change the installation's settings (the first account of the installation) */
  installationAdmin: boolean;
};
const CALLER_KINDS = [
  "no session",
  "viewer",
  "editor",
  "admin",
  "owner",
  "member of another workspace",
  "revoked token",
] as const;
const ALL_SCOPES = ["read", "datasets", "jobs", "chat"] as const;
async function tokenOf(person: { userId: string }, workspaceId: string) {
  const input = { name: "matrix", scopes: [...ALL_SCOPES] };
  return createToken({ actor: actorOf({ workspaceId, userId: person.userId }), input });
}
const callers: Caller[] = [];
/** Real rows of the team's workspace, by the name of the route parameter or input field that takes them. */
const teamIds: Record<string, string> = {};

beforeAll(async () => {
  const owner = await signUp("Owner");
  const dataset = await createDataset({ workspaceId: owner.workspaceId, userId: owner.userId, name: "Support" });
  const example = await addExample({
    workspaceId: owner.workspaceId,
    userId: owner.userId,
    datasetId: dataset.id,
    data: chatExample("Where is my parcel?"),
  });
  const connection = await db.connection.findFirstOrThrow({ where: { workspaceId: owner.workspaceId } });
  const conversation = await db.chatConversation.create({
    data: { workspaceId: owner.workspaceId, title: "Talk", state: JSON.stringify(emptyState()) },
  });
  Object.assign(teamIds, {
    datasetId: dataset.id,
    exampleId: example.id,
    connectionId: connection.id,
    conversationId: conversation.id,
  });
  callers.push({
    kind: "no session",
    cookie: null,
    token: null,
    role: null,
    workspace: null,
    installationAdmin: false,
  });
  for (const role of ["viewer", "editor", "admin"] as const) {
    const person = await signUp(role);
    await db.member.create({ data: { workspaceId: owner.workspaceId, userId: person.userId, role } });
    callers.push({
      kind: role,
      cookie: `${person.cookie}; ftp-workspace=${owner.workspaceId}`,
      token: (await tokenOf(person, owner.workspaceId)).token,
      role,
      workspace: "team",
      installationAdmin: false,
    });
  }
  const ownerToken = await tokenOf(owner, owner.workspaceId);
  // The first account of the installation: its installation admin too.
  callers.push({
    kind: "owner",
    cookie: owner.cookie,
    token: ownerToken.token,
    role: "owner",
    workspace: "team",
    installationAdmin: true,
  });
  const outsider = await signUp("Outsider");
  callers.push({
    kind: "member of another workspace",
    cookie: outsider.cookie,
    token: (await tokenOf(outsider, outsider.workspaceId)).token,
    role: "owner",
    workspace: "other",
    installationAdmin: false,
  });
  // The owner's token, revoked: it opens nothing, neither the REST API nor the app's own routes.
  const revoked = await tokenOf(owner, owner.workspaceId);
  await revokeToken({ actor: actorOf(owner), tokenId: revoked.view.id });
  callers.push({
    kind: "revoked token",
    cookie: null,
    token: revoked.token,
    role: null,
    workspace: null,
    installationAdmin: false,
  });
});

function paramsOf(route: string): Record<string, string> {
  return Object.fromEntries(
    [...route.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name as string, teamIds[name as string] ?? "missing-id"]),
  );
}

/** The app's own endpoints read the session cookie; a bearer token (even a valid one) is not a session. */
function sessionHeaders(caller: Caller): Headers {
  const headers = new Headers(caller.cookie ? { cookie: caller.cookie } : {});
  if (caller.token) headers.set("authorization", `Bearer ${caller.token}`);
  return headers;
}

/**
 * What a caller must get: refused without a session or without the permission, otherwise let through. A
 * permission over the installation goes with being installation admin, not with any workspace role.
 */
function expected(caller: Caller, rule: Rule): "unauthorized" | "forbidden" | "allowed" {
  if (!caller.role) return "unauthorized";
  if (isInstallationPermission(rule)) return caller.installationAdmin ? "allowed" : "forbidden";
  return hasRole(caller.role, permissionRoles[rule]) ? "allowed" : "forbidden";
}

describe("the policy table", () => {
  it("finds the app's actions and routes", () => {
    expect(guardedActions.length).toBeGreaterThan(40);
    expect(guardedRoutes.length).toBeGreaterThan(15);
  });

  it("has a rule for every server action, and names only actions that exist", () => {
    expect(guardedActions.map((action) => action.name).filter((name) => !actionPermissions[name])).toEqual([]);
    const exported = new Set(actions.map((action) => action.name));
    expect(Object.keys(actionPermissions).filter((name) => !exported.has(name))).toEqual([]);
  });

  it("has a rule for every route handler, and names only routes that exist", () => {
    expect(guardedRoutes.map((route) => route.key).filter((key) => !routePermissions[key])).toEqual([]);
    const found = new Set(routes.map((route) => route.key));
    expect(Object.keys(routePermissions).filter((key) => !found.has(key))).toEqual([]);
  });

  it("has a rule for every REST API route, whose token scope matches its documentation", () => {
    expect(tokenRoutes.map((route) => route.key).filter((key) => !tokenRoutePermissions[key])).toEqual([]);
    const found = new Set(routes.map((route) => route.key));
    expect(Object.keys(tokenRoutePermissions).filter((key) => !found.has(key))).toEqual([]);
    const documented = ENDPOINTS.map((endpoint) => {
      const key = `${endpoint.method.toUpperCase()} /api/v1${endpoint.path.replace(/\{(\w+)\}/g, "[$1]")}`;
      const permission = tokenRoutePermissions[key];
      return { key, scope: permission ? scopeFor(permission) : "no rule", documented: endpoint.need };
    });
    expect(documented.filter((entry) => entry.scope !== entry.documented)).toEqual([]);
  });

  it("keeps viewers from training, spending and managing", () => {
    for (const permission of ["jobs.start", "datasets.edit", "connections.view", "members.manage"] as const)
      expect(permissionRoles[permission]).not.toBe("viewer");
    expect(permissionRoles["chat.use"]).toBe("viewer");
  });

  it("gives the installation's settings to its installation admins, who are no workspace role", async () => {
    expect(Object.values(actionPermissions).filter(isInstallationPermission)).toContain("installation.manage");
    for (const permission of installationPermissions) expect(Object.keys(permissionRoles)).not.toContain(permission);
    const admins = await db.user.findMany({ where: { installationAdmin: true }, select: { id: true } });
    expect(admins).toHaveLength(1);
  });
});

describe("every server action × every caller", () => {
  it.each(CALLER_KINDS)("%s", async (kind) => {
    const caller = callers.find((candidate) => candidate.kind === kind);
    if (!caller) throw new Error(kind);
    const outcomes: string[] = [];
    for (const action of guardedActions) {
      const permission = actionPermissions[action.name];
      if (!permission) throw new Error(`${action.name} has no rule`);
      setRequestHeaders(sessionHeaders(caller));
      // Input that never validates: when the policy lets the caller through, validation is what stops them.
      const result = await action.run(null);
      const want = expected(caller, permission);
      const got = result.ok ? "ran" : result.error?.code === "invalid_input" ? "allowed" : result.error?.code;
      outcomes.push(`${action.name}: ${got === want ? "as expected" : `wanted ${want}, got ${got}`}`);
    }
    expect(outcomes.filter((line) => !line.endsWith("as expected"))).toEqual([]);
  });
});

/**
 * Calls every route as the caller, who brings both their session cookie and their API token: the app's own
 * routes must heed only the session, the REST API only the token. Returns the routes that answered otherwise.
 */
async function unexpectedRouteOutcomes(
  caller: Caller,
  routeList: typeof routes,
  permissions: Record<string, Permission>,
): Promise<string[]> {
  const outcomes: string[] = [];
  for (const route of routeList) {
    const permission = permissions[route.key];
    if (!permission) throw new Error(`${route.key} has no rule`);
    const requestHeaders = setRequestHeaders(sessionHeaders(caller));
    const [method] = route.key.split(" ");
    const params = paramsOf(route.path);
    const response = await route.run(
      new Request(`http://localhost${route.path}`, { method, headers: requestHeaders }),
      { params: Promise.resolve(params) },
    );
    const want = expected(caller, permission);
    const got = response.status === 401 ? "unauthorized" : response.status === 403 ? "forbidden" : "allowed";
    let verdict = got === want ? "as expected" : `wanted ${want}, got ${response.status}`;
    // Someone of another workspace reaches nothing of the team's: its rows are "not found" to them.
    const namesTeamRow = Object.values(params).some((id) => id !== "missing-id");
    if (caller.workspace === "other" && namesTeamRow && response.ok)
      verdict = `leaked a team row with ${response.status}`;
    outcomes.push(`${route.key}: ${verdict}`);
  }
  return outcomes.filter((line) => !line.endsWith("as expected"));
}

function callerOf(kind: string): Caller {
  const caller = callers.find((candidate) => candidate.kind === kind);
  if (!caller) throw new Error(kind);
  return caller;
}

describe("every route handler × every caller", () => {
  it.each(CALLER_KINDS)("%s", async (kind) => {
    expect(await unexpectedRouteOutcomes(callerOf(kind), guardedRoutes, routePermissions)).toEqual([]);
  });
});

describe("every REST API route × every caller", () => {
  it.each(CALLER_KINDS)("%s", async (kind) => {
    expect(await unexpectedRouteOutcomes(callerOf(kind), tokenRoutes, tokenRoutePermissions)).toEqual([]);
  });
});

describe("rows of another workspace", () => {
  it("are not found through any action that names them", async () => {
    const outsider = callers.find((caller) => caller.workspace === "other");
    setRequestHeaders(new Headers({ cookie: outsider?.cookie ?? "" }));
    const byId = (name: string) => guardedActions.find((action) => action.name === name);
    const attempts: [string, unknown][] = [
      ["deleteDatasetAction", { datasetId: teamIds.datasetId }],
      ["renameDatasetAction", { datasetId: teamIds.datasetId, name: "Taken" }],
      ["deleteExampleAction", { datasetId: teamIds.datasetId, exampleId: teamIds.exampleId }],
      ["deleteConnectionAction", { connectionId: teamIds.connectionId }],
      ["testConnectionAction", { connectionId: teamIds.connectionId }],
      ["deleteConversationAction", { conversationId: teamIds.conversationId }],
    ];
    for (const [name, input] of attempts) {
      const result = await byId(name)?.run(input);
      expect({ name, result }).toMatchObject({ name, result: { ok: false, error: { code: "not_found" } } });
    }
    expect(await db.dataset.count({ where: { id: teamIds.datasetId } })).toBe(1);
    expect(await db.connection.count({ where: { id: teamIds.connectionId } })).toBe(1);
  });
});
