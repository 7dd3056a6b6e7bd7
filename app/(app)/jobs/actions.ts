"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { syncWorkspaceNow } from "@/lib/jobs/sync/sync-now";

/** "Sync now": imports jobs started elsewhere and refreshes every live job of the caller's workspace. */
export const syncJobsNowAction = createAction(
  { name: "syncJobsNowAction", schema: z.object({}) },
  async (_input, { workspace }) => {
    const result = await syncWorkspaceNow(workspace.id);
    revalidatePath("/jobs", "layout");
    return result;
  },
);
