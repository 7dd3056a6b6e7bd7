import { getJobOrThrow } from "@/lib/jobs/queries";
import { createRoute } from "@/lib/route";

export const GET = createRoute<{ jobId: string }>({ name: "GET /api/jobs/[jobId]" }, async ({ access, params }) =>
  getJobOrThrow({ workspaceId: access.workspace.id, jobId: params.jobId }),
);
