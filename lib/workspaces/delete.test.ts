import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDataset } from "@/lib/datasets/datasets";
import { addExample } from "@/lib/datasets/examples";
import { chatExample } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { blobStore } from "@/lib/sandbox/storage";
import { deleteWorkspace, workspaceDeletionSummary } from "./delete";
import { createWorkspaceForUser } from "./queries";

async function ownerWithWorkspace(name: string) {
  const user = await db.user.create({ data: { id: randomUUID(), name, email: `${randomUUID()}@example.com` } });
  const workspace = await createWorkspaceForUser(user);
  const sandbox = await db.connection.findFirstOrThrow({ where: { workspaceId: workspace.id, kind: "sandbox" } });
  return { user, workspace, sandbox };
}

async function fill(workspaceId: string, userId: string, connectionId: string) {
  const dataset = await createDataset({ workspaceId, userId, name: "Support answers" });
  await addExample({ workspaceId, userId, datasetId: dataset.id, data: chatExample("Hi", "Hello") });
  const openai = await db.connection.create({ data: { workspaceId, kind: "openai", name: "OpenAI" } });
  const job = (status: string, connection: { id: string; kind: string }) =>
    db.job.create({
      data: {
        workspaceId,
        connectionId: connection.id,
        connectionName: connection.kind,
        connectionKind: connection.kind,
        providerJobId: `ftjob-${randomUUID()}`,
        status,
        baseModel: "gpt-4o-mini-2024-07-18",
        method: "supervised",
        trainingFileId: "file-1",
        createdAt: new Date(),
      },
    });
  await job("running", openai);
  await job("queued", openai);
  await job("succeeded", openai);
  // A running Sandbox job ends with the workspace: nothing keeps training anywhere.
  await job("running", { id: connectionId, kind: "sandbox" });
  await db.chatConversation.create({ data: { workspaceId, title: "Check", state: "{}", createdById: userId } });
  await blobStore(connectionId).write("files", "file-abc", "{}\n");
}

const sandboxDir = (connectionId: string) => path.join(getEnv().DATA_DIR, "sandbox", connectionId);

describe("deleting a workspace", () => {
  it("says what goes and which jobs keep running at a provider", async () => {
    const { user, workspace, sandbox } = await ownerWithWorkspace("Olivia");
    await fill(workspace.id, user.id, sandbox.id);
    expect(await workspaceDeletionSummary(workspace.id)).toMatchObject({
      datasets: 1,
      examples: 1,
      jobs: 4,
      conversations: 1,
      members: 1,
      activeJobs: 2,
    });
  });

  it("refuses a name that does not match and changes nothing", async () => {
    const { user, workspace, sandbox } = await ownerWithWorkspace("Olivia");
    await fill(workspace.id, user.id, sandbox.id);
    await expect(
      deleteWorkspace({ workspaceId: workspace.id, confirmName: "Someone else’s workspace", userId: user.id }),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { confirmName: { code: "workspaceNameMismatch" } } });
    expect(await db.workspace.count({ where: { id: workspace.id } })).toBe(1);
    expect(await db.job.count({ where: { workspaceId: workspace.id } })).toBe(4);
    expect(fs.existsSync(sandboxDir(sandbox.id))).toBe(true);
  });

  it("removes every row and Sandbox file of the workspace, and nothing of another", async () => {
    const mine = await ownerWithWorkspace("Olivia");
    const other = await ownerWithWorkspace("Adam");
    await fill(mine.workspace.id, mine.user.id, mine.sandbox.id);
    await fill(other.workspace.id, other.user.id, other.sandbox.id);

    await deleteWorkspace({
      workspaceId: mine.workspace.id,
      confirmName: ` ${mine.workspace.name} `,
      userId: mine.user.id,
    });

    const where = { workspaceId: mine.workspace.id };
    const left = await Promise.all([
      db.workspace.count({ where: { id: mine.workspace.id } }),
      db.member.count({ where }),
      db.connection.count({ where }),
      db.dataset.count({ where }),
      db.datasetExample.count({ where }),
      db.job.count({ where }),
      db.chatConversation.count({ where }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(fs.existsSync(sandboxDir(mine.sandbox.id))).toBe(false);
    // The person keeps their account; the other workspace keeps everything.
    expect(await db.user.count({ where: { id: mine.user.id } })).toBe(1);
    expect(await workspaceDeletionSummary(other.workspace.id)).toMatchObject({ datasets: 1, jobs: 4, members: 1 });
    expect(fs.existsSync(sandboxDir(other.sandbox.id))).toBe(true);
  });

  it("answers not found for a workspace that is already gone", async () => {
    await expect(deleteWorkspace({ workspaceId: "gone", confirmName: "x", userId: "u" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
