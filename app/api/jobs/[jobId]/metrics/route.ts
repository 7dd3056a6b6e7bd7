import { z } from "zod";
import { listJobMetrics } from "@/lib/jobs/queries";
import { createRoute } from "@/lib/route";

const searchSchema = z.object({ afterStep: z.coerce.number().int().min(0).catch(0) });

export const GET = createRoute<{ jobId: string }>(
  { name: "GET /api/jobs/[jobId]/metrics" },
  async ({ access, request, params }) => {
    const { afterStep } = searchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return listJobMetrics({ workspaceId: access.workspace.id, jobId: params.jobId, afterStep });
  },
);
