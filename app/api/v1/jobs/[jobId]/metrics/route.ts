import { listJobMetrics } from "@/lib/jobs/queries";
import { createApiRoute, parseQuery } from "@/lib/rest/route";
import { afterQuerySchema } from "@/lib/rest/schema";

export const GET = createApiRoute<{ jobId: string }>(
  { name: "GET /api/v1/jobs/[jobId]/metrics" },
  async ({ access, request, params }) => {
    const { after } = parseQuery(request, afterQuerySchema);
    return listJobMetrics({ workspaceId: access.workspace.id, jobId: params.jobId, afterStep: after });
  },
);
