"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createConnection, deleteConnection, updateConnection } from "@/lib/connections/queries";
import { revealSandboxAccess } from "@/lib/connections/sandbox-access";
import { connectionIdSchema, createConnectionSchema, updateConnectionSchema } from "@/lib/connections/schema";
import { testConnection } from "@/lib/connections/test-connection";

function refreshConnectionPages() {
  revalidatePath("/connections");
  revalidatePath("/");
}

export const createConnectionAction = createAction(
  { name: "createConnectionAction", schema: createConnectionSchema },
  async (input, { workspace, user }) => {
    const created = await createConnection({ workspaceId: workspace.id, userId: user.id, input });
    refreshConnectionPages();
    return created;
  },
);

export const updateConnectionAction = createAction(
  { name: "updateConnectionAction", schema: updateConnectionSchema },
  async (input, { workspace }) => {
    const updated = await updateConnection({ workspaceId: workspace.id, input });
    refreshConnectionPages();
    return updated;
  },
);

export const deleteConnectionAction = createAction(
  { name: "deleteConnectionAction", schema: connectionIdSchema },
  async ({ connectionId }, { workspace }) => {
    await deleteConnection({ connectionId, workspaceId: workspace.id });
    refreshConnectionPages();
  },
);

export const testConnectionAction = createAction(
  { name: "testConnectionAction", schema: connectionIdSchema },
  async ({ connectionId }, { workspace }) => {
    const result = await testConnection({ connectionId, workspaceId: workspace.id });
    refreshConnectionPages();
    return result;
  },
);

export const revealSandboxAccessAction = createAction(
  { name: "revealSandboxAccessAction", schema: connectionIdSchema },
  ({ connectionId }, { workspace }) => revealSandboxAccess({ connectionId, workspaceId: workspace.id }),
);
