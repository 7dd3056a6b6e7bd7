"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { DEPLOYMENT_NAME_PATTERN } from "@/lib/jobs/azure-deployment";
import { controlJob, type JobControl } from "@/lib/jobs/control";
import { saveDeploymentName } from "@/lib/jobs/queries";
import { reviewTrainElsewhere } from "@/lib/portability/train-elsewhere";

const jobIdSchema = z.object({ jobId: z.string().min(1) });
const deploymentSchema = jobIdSchema.extend({
  deploymentName: z.string().trim().regex(DEPLOYMENT_NAME_PATTERN, "invalidDeploymentName"),
});
const reviewSchema = jobIdSchema.extend({
  connectionId: z.string().min(1),
  model: z.string().trim().min(1).max(200).optional(),
});

function refreshJob(jobId: string) {
  revalidatePath("/jobs");
  revalidatePath(`/jobs/${jobId}`);
}

const control = (name: string, action: JobControl) =>
  createAction({ name, schema: jobIdSchema }, async ({ jobId }, access) => {
    const result = await controlJob({ actor: access, jobId, control: action });
    refreshJob(jobId);
    return result;
  });

export const cancelJobAction = control("cancelJobAction", "cancel");
export const pauseJobAction = control("pauseJobAction", "pause");
export const resumeJobAction = control("resumeJobAction", "resume");

export const saveDeploymentAction = createAction(
  { name: "saveDeploymentAction", schema: deploymentSchema },
  async ({ jobId, deploymentName }, { workspace }) => {
    await saveDeploymentName({ workspaceId: workspace.id, jobId, deploymentName });
    refreshJob(jobId);
  },
);

export const reviewTrainElsewhereAction = createAction(
  { name: "reviewTrainElsewhereAction", schema: reviewSchema },
  async (input, { workspace }) => reviewTrainElsewhere({ workspaceId: workspace.id, ...input }),
);
