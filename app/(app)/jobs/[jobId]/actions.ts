"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import type { AuditAction } from "@/lib/audit/actions";
import { record } from "@/lib/audit/record";
import { controlJob, type JobControl } from "@/lib/jobs/actions";
import { DEPLOYMENT_NAME_PATTERN } from "@/lib/jobs/azure-deployment";
import { saveDeploymentName } from "@/lib/jobs/queries";

const jobIdSchema = z.object({ jobId: z.string().min(1) });
const deploymentSchema = jobIdSchema.extend({
  deploymentName: z.string().trim().regex(DEPLOYMENT_NAME_PATTERN, "invalidDeploymentName"),
});

function refreshJob(jobId: string) {
  revalidatePath("/jobs");
  revalidatePath(`/jobs/${jobId}`);
}

const AUDITED: Record<JobControl, AuditAction> = {
  cancel: "job.cancelled",
  pause: "job.paused",
  resume: "job.resumed",
};

const control = (name: string, action: JobControl) =>
  createAction({ name, schema: jobIdSchema }, async ({ jobId }, access) => {
    const result = await controlJob({ workspaceId: access.workspace.id, jobId, control: action });
    await record(access, AUDITED[action], { type: "job", id: jobId });
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
