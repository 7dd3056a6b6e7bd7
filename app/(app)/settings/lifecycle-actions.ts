"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { removeLifecycleOverride, setLifecycleOverride } from "@/lib/lifecycle/queries";
import { removeLifecycleOverrideSchema, setLifecycleOverrideSchema } from "@/lib/lifecycle/schema";

// The registry's dates show on the dashboard, the new-job form, the jobs and the chat: every page is revalidated.
export const setLifecycleOverrideAction = createAction(
  { name: "setLifecycleOverrideAction", schema: setLifecycleOverrideSchema },
  async (input, { workspace }) => {
    await setLifecycleOverride(workspace.id, input);
    revalidatePath("/", "layout");
  },
);

export const removeLifecycleOverrideAction = createAction(
  { name: "removeLifecycleOverrideAction", schema: removeLifecycleOverrideSchema },
  async (key, { workspace }) => {
    await removeLifecycleOverride(workspace.id, key);
    revalidatePath("/", "layout");
  },
);
