import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createConnection } from "./queries";
import { revealSandboxAccess } from "./sandbox-access";

async function workspaceWithConnections() {
  const workspace = await db.workspace.create({ data: { name: "W" } });
  const sandbox = await createConnection({
    workspaceId: workspace.id,
    userId: "u",
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
    workspaceId: workspace.id,
    userId: "u",
    input: {
      kind: "openai",
      name: "OpenAI",
      apiKey: "sk-secret-1234567890",
      organization: null,
      project: null,
      baseUrl: null,
    },
  });
  return { workspaceId: workspace.id, sandbox, openai };
}

describe("revealSandboxAccess", () => {
  it("gives the workspace its Sandbox's base URL and token", async () => {
    const { workspaceId, sandbox } = await workspaceWithConnections();
    const access = await revealSandboxAccess({ connectionId: sandbox.id, workspaceId });
    expect(access.baseUrl).toBe("http://localhost:3000/api/sandbox/v1");
    expect(access.token).toMatch(/^sbx-[A-Za-z0-9_-]{32}$/);
  });

  it("never reveals a provider key", async () => {
    const { workspaceId, openai } = await workspaceWithConnections();
    await expect(revealSandboxAccess({ connectionId: openai.id, workspaceId })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("treats another workspace's Sandbox as not there", async () => {
    const mine = await workspaceWithConnections();
    const theirs = await workspaceWithConnections();
    await expect(
      revealSandboxAccess({ connectionId: theirs.sandbox.id, workspaceId: mine.workspaceId }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
