import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";

// The request's headers, as Next would hand them to server code.
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

const { createAction } = await import("@/lib/action");
const { signUpForTest: signUp } = await import("./test-sign-up");
const { checkAccess, requireAccess } = await import("./access");
const { createConnection, deleteConnection, getConnectionOrThrow, listConnections } = await import(
  "@/lib/connections/queries"
);
const { connectionIdSchema } = await import("@/lib/connections/schema");

const deleteAction = createAction(
  { name: "deleteConnectionAction", schema: connectionIdSchema },
  ({ connectionId }, access) => deleteConnection({ actor: access, connectionId }),
);

let alice: Awaited<ReturnType<typeof signUp>>;
let bob: Awaited<ReturnType<typeof signUp>>;
let bobsKey: { id: string };

beforeAll(async () => {
  alice = await signUp("Alice");
  bob = await signUp("Bob");
  bobsKey = await createConnection({
    actor: actorOf(bob),
    input: {
      kind: "openai",
      name: "Bob's OpenAI",
      apiKey: "sk-bob-0123456789",
      organization: null,
      project: null,
      baseUrl: null,
    },
  });
});

beforeEach(() => {
  requestHeaders = new Headers();
});

describe("sign-up", () => {
  it("gives every new account its own workspace as owner, with a Sandbox connection", async () => {
    expect(alice.workspaceId).not.toBe(bob.workspaceId);
    const connections = await listConnections(alice.workspaceId);
    expect(connections.map((c) => c.kind)).toEqual(["sandbox"]);
    requestHeaders = new Headers({ cookie: alice.cookie });
    expect((await requireAccess("owners.manage")).role).toBe("owner");
  });
});

describe("authorization", () => {
  it("refuses a caller without a session", async () => {
    await expect(requireAccess()).rejects.toMatchObject({ code: "unauthorized" });
    expect(await deleteAction({ connectionId: bobsKey.id })).toEqual({ ok: false, error: { code: "unauthorized" } });
    await expect(
      getConnectionOrThrow({ connectionId: bobsKey.id, workspaceId: bob.workspaceId }),
    ).resolves.toBeTruthy();
  });

  it("refuses a forged session cookie", async () => {
    requestHeaders = new Headers({ cookie: "better-auth.session_token=forged.value" });
    await expect(requireAccess()).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("treats another workspace's object as not there, and leaves it alone", async () => {
    requestHeaders = new Headers({ cookie: alice.cookie });
    expect(await deleteAction({ connectionId: bobsKey.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    await expect(
      getConnectionOrThrow({ connectionId: bobsKey.id, workspaceId: alice.workspaceId }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listConnections(alice.workspaceId)).some((c) => c.id === bobsKey.id)).toBe(false);
    await expect(
      getConnectionOrThrow({ connectionId: bobsKey.id, workspaceId: bob.workspaceId }),
    ).resolves.toBeTruthy();
  });

  it("lets the owner act on their own object", async () => {
    requestHeaders = new Headers({ cookie: bob.cookie });
    expect(await deleteAction({ connectionId: bobsKey.id })).toEqual({ ok: true, data: undefined });
    await expect(
      getConnectionOrThrow({ connectionId: bobsKey.id, workspaceId: bob.workspaceId }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("checks the role", () => {
    const editor = {
      user: { id: "u", name: "M", email: "m@example.com" },
      workspace: { id: "w", name: "W" },
      role: "editor" as const,
    };
    const viewer = { ...editor, role: "viewer" as const };
    expect(() => checkAccess(editor, "members.manage")).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(checkAccess(editor, "datasets.edit")).toBe(editor);
    expect(() => checkAccess(viewer, "datasets.edit")).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(checkAccess(viewer, "chat.use")).toBe(viewer);
    expect(() => checkAccess(null)).toThrow(expect.objectContaining({ code: "unauthorized" }));
  });

  it("returns invalid input per field instead of running the action", async () => {
    requestHeaders = new Headers({ cookie: bob.cookie });
    expect(await deleteAction({ connectionId: "" })).toEqual({
      ok: false,
      error: { code: "invalid_input", fields: { connectionId: { code: "required" } } },
    });
  });
});
