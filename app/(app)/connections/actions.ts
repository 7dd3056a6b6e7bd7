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
  async (input, access) => {
    const created = await createConnection({ actor: access, input });
    refreshConnectionPages();
    return created;
  },
);

export const updateConnectionAction = createAction(
  { name: "updateConnectionAction", schema: updateConnectionSchema },
  async (input, access) => {
    const updated = await updateConnection({ actor: access, input });
    refreshConnectionPages();
    return updated;
  },
);

export const deleteConnectionAction = createAction(
  { name: "deleteConnectionAction", schema: connectionIdSchema },
  async ({ connectionId }, access) => {
    await deleteConnection({ actor: access, connectionId });
    refreshConnectionPages();
  },
);

export const testConnectionAction = createAction(
  { name: "testConnectionAction", schema: connectionIdSchema },
  async ({ connectionId }, access) => {
    const result = await testConnection({ actor: access, connectionId });
    refreshConnectionPages();
    return result;
  },
);

export const revealSandboxAccessAction = createAction(
  { name: "revealSandboxAccessAction", schema: connectionIdSchema },
  ({ connectionId }, access) => revealSandboxAccess({ actor: access, connectionId }),
);
