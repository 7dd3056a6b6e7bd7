import { getJobOrThrow } from "@/lib/jobs/queries";
import { createApiRoute } from "@/lib/rest/route";

export const GET = createApiRoute<{ jobId: string }>({ name: "GET /api/v1/jobs/[jobId]" }, async ({ access, params }) =>
  getJobOrThrow({ workspaceId: access.workspace.id, jobId: params.jobId }),
);
