import { record } from "@/lib/audit/record";
import { controlJob } from "@/lib/jobs/control";
import { getJobOrThrow } from "@/lib/jobs/queries";
import { createApiRoute } from "@/lib/rest/route";

export const POST = createApiRoute<{ jobId: string }>(
  { name: "POST /api/v1/jobs/[jobId]/cancel" },
  async ({ access, params }) => {
    const ref = { workspaceId: access.workspace.id, jobId: params.jobId };
    await controlJob({ ...ref, control: "cancel" });
    await record(access, "job.cancelled", { type: "job", id: params.jobId }, { via: "api" });
    return getJobOrThrow(ref);
  },
);
