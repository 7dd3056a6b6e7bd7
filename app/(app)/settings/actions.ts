"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { renameWorkspace } from "@/lib/workspaces/queries";
import { renameWorkspaceSchema } from "@/lib/workspaces/schema";

export const renameWorkspaceAction = createAction(
  { name: "renameWorkspaceAction", schema: renameWorkspaceSchema, role: "admin" },
  async ({ name }, { workspace }) => {
    await renameWorkspace({ workspaceId: workspace.id, name });
    revalidatePath("/", "layout");
  },
);
