import { describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { createConnection } from "./queries";
import { revealSandboxAccess } from "./sandbox-access";

async function workspaceWithConnections() {
  const seeded = await seedWorkspace("W");
  const sandbox = await createConnection({
    actor: actorOf(seeded),
    input: {
      kind: "sandbox",
      name: "Sandbox",
      jobSeconds: null,
      failurePercent: 0,
      failureStatus: 429,
      latencyMs: 0,
      fineTuningClosed: false,
      fineTuningClosedAfter: null,
    },
  });
  const openai = await createConnection({
    actor: actorOf(seeded),
    input: {
      kind: "openai",
      name: "OpenAI",
      apiKey: "sk-secret-1234567890",
      organization: null,
      project: null,
      baseUrl: null,
    },
  });
  return { actor: actorOf(seeded), sandbox, openai };
}

describe("revealSandboxAccess", () => {
  it("gives the workspace its Sandbox's base URL and token", async () => {
    const { actor, sandbox } = await workspaceWithConnections();
    const access = await revealSandboxAccess({ connectionId: sandbox.id, actor });
    expect(access.baseUrl).toBe("http://localhost:3000/api/sandbox/v1");
    expect(access.token).toMatch(/^sbx-[A-Za-z0-9_-]{32}$/);
    // Who saw the token is in the audit log; the token is not.
    const entries = await db.auditEntry.findMany({
      where: { workspaceId: actor.workspace.id, action: { startsWith: "connection.sandbox" } },
    });
    expect(entries).toEqual([
      expect.objectContaining({
        action: "connection.sandbox_token_revealed",
        actorId: actor.user.id,
        targetId: sandbox.id,
        targetName: "Sandbox",
      }),
    ]);
    expect(JSON.stringify(entries)).not.toContain(access.token);
  });

  it("never reveals a provider key", async () => {
    const { actor, openai } = await workspaceWithConnections();
    await expect(revealSandboxAccess({ connectionId: openai.id, actor })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("treats another workspace's Sandbox as not there", async () => {
    const mine = await workspaceWithConnections();
    const theirs = await workspaceWithConnections();
    await expect(revealSandboxAccess({ connectionId: theirs.sandbox.id, actor: mine.actor })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
