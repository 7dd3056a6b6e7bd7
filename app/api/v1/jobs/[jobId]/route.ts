import { getJobOrThrow } from "@/lib/jobs/queries";
import { createApiRoute } from "@/lib/rest/route";

export const GET = createApiRoute<{ jobId: string }>({ name: "getJob", need: "read" }, async ({ access, params }) =>
  getJobOrThrow({ workspaceId: access.workspace.id, jobId: params.jobId }),
);
