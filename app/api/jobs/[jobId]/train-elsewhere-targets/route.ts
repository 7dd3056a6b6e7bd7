import { trainElsewhereTargets } from "@/lib/portability/train-elsewhere";
import { createRoute } from "@/lib/route";

/** The connections a job's data may be trained on elsewhere, read when the dialog opens. */
export const GET = createRoute<{ jobId: string }>(
  { name: "GET /api/jobs/[jobId]/train-elsewhere-targets" },
  async ({ access, params }) => trainElsewhereTargets({ workspaceId: access.workspace.id, jobId: params.jobId }),
);
