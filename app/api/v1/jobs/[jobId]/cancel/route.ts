import { controlJob } from "@/lib/jobs/control";
import { getJobOrThrow } from "@/lib/jobs/queries";
import { createApiRoute } from "@/lib/rest/route";

export const POST = createApiRoute<{ jobId: string }>(
  { name: "POST /api/v1/jobs/[jobId]/cancel" },
  async ({ access, params }) => {
    await controlJob({ actor: access, jobId: params.jobId, control: "cancel" });
    return getJobOrThrow({ workspaceId: access.workspace.id, jobId: params.jobId });
  },
);
