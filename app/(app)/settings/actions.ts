"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { rememberWorkspace } from "@/lib/auth/access";
import { resetPrice, setPrice } from "@/lib/pricing/queries";
import { resetPriceSchema, setPriceSchema } from "@/lib/pricing/schema";
import { deleteWorkspace } from "@/lib/workspaces/delete";
import { renameWorkspace } from "@/lib/workspaces/queries";
import { deleteWorkspaceSchema, workspaceNameSchema } from "@/lib/workspaces/schema";

export const renameWorkspaceAction = createAction(
  { name: "renameWorkspaceAction", schema: workspaceNameSchema },
  async ({ name }, access) => {
    await renameWorkspace({ actor: access, name });
    revalidatePath("/", "layout");
  },
);

/** The owner works on in another of their workspaces afterwards (or a new one of their own, when none is left). */
export const deleteWorkspaceAction = createAction(
  { name: "deleteWorkspaceAction", schema: deleteWorkspaceSchema },
  async ({ confirmName }, { workspace, user }) => {
    await deleteWorkspace({ workspaceId: workspace.id, confirmName, userId: user.id });
    await rememberWorkspace(null);
    revalidatePath("/", "layout");
  },
);

// Prices feed the datasets' cost estimates too, so every page is revalidated.
export const setPriceAction = createAction(
  { name: "setPriceAction", schema: setPriceSchema },
  async (prices, access) => {
    await setPrice({ ...prices, actor: access });
    revalidatePath("/", "layout");
  },
);

export const resetPriceAction = createAction(
  { name: "resetPriceAction", schema: resetPriceSchema },
  async ({ model }, access) => {
    await resetPrice({ actor: access, model });
    revalidatePath("/", "layout");
  },
);
