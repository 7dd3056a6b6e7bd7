"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createJob } from "@/lib/jobs/create/create-job";
import { reviewJob } from "@/lib/jobs/create/review";
import { jobFormSchema } from "@/lib/jobs/create/schema";

export const reviewJobAction = createAction(
  { name: "reviewJobAction", schema: jobFormSchema },
  async (form, { workspace }) => reviewJob({ workspaceId: workspace.id, form }),
);

export const createJobAction = createAction(
  { name: "createJobAction", schema: jobFormSchema },
  async (form, access) => {
    const created = await createJob({ access, form });
    revalidatePath("/jobs");
    return created;
  },
);
