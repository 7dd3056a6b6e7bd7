import { listJobMetrics } from "@/lib/jobs/queries";
import { createApiRoute, parseQuery } from "@/lib/rest/route";
import { afterQuery } from "@/lib/rest/schemas";

export const GET = createApiRoute<{ jobId: string }>(
  { name: "GET /api/v1/jobs/[jobId]/metrics" },
  async ({ access, request, params }) => {
    const { after } = parseQuery(request, afterQuery);
    return listJobMetrics({ workspaceId: access.workspace.id, jobId: params.jobId, afterStep: after });
  },
);
