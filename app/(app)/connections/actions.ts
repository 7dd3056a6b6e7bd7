"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { record } from "@/lib/audit/record";
import { createConnection, deleteConnection, getConnectionOrThrow, updateConnection } from "@/lib/connections/queries";
import { revealSandboxAccess } from "@/lib/connections/sandbox-access";
import { connectionIdSchema, createConnectionSchema, updateConnectionSchema } from "@/lib/connections/schema";
import { testConnection } from "@/lib/connections/test-connection";

function refreshConnectionPages() {
  revalidatePath("/connections");
  revalidatePath("/");
}

export const createConnectionAction = createAction(
  { name: "createConnectionAction", schema: createConnectionSchema },
  async (input, access) => {
    const created = await createConnection({ workspaceId: access.workspace.id, userId: access.user.id, input });
    await record(access, "connection.created", { type: "connection", id: created.id, name: input.name }, input);
    refreshConnectionPages();
    return created;
  },
);

export const updateConnectionAction = createAction(
  { name: "updateConnectionAction", schema: updateConnectionSchema },
  async (input, access) => {
    const updated = await updateConnection({ workspaceId: access.workspace.id, input });
    const target = { type: "connection", id: input.connectionId, name: input.name };
    await record(access, "connection.updated", target, input);
    if (input.kind !== "sandbox" && input.apiKey) await record(access, "connection.key_rotated", target, input);
    refreshConnectionPages();
    return updated;
  },
);

export const deleteConnectionAction = createAction(
  { name: "deleteConnectionAction", schema: connectionIdSchema },
  async ({ connectionId }, access) => {
    const connection = await getConnectionOrThrow({ connectionId, workspaceId: access.workspace.id });
    await deleteConnection({ connectionId, workspaceId: access.workspace.id });
    await record(
      access,
      "connection.deleted",
      { type: "connection", id: connectionId, name: connection.name },
      {
        kind: connection.kind,
      },
    );
    refreshConnectionPages();
  },
);

export const testConnectionAction = createAction(
  { name: "testConnectionAction", schema: connectionIdSchema },
  async ({ connectionId }, access) => {
    const result = await testConnection({ connectionId, workspaceId: access.workspace.id });
    await record(
      access,
      "connection.tested",
      { type: "connection", id: connectionId },
      {
        result: result.ok ? "ok" : "failed",
        reason: result.ok ? null : result.reason,
      },
    );
    refreshConnectionPages();
    return result;
  },
);

export const revealSandboxAccessAction = createAction(
  { name: "revealSandboxAccessAction", schema: connectionIdSchema },
  ({ connectionId }, access) => revealSandboxAccess({ actor: access, connectionId }),
);
