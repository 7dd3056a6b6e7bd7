import { z } from "zod";
import { listJobEvents } from "@/lib/jobs/queries";
import { EVENT_LEVELS } from "@/lib/jobs/view";
import { createRoute } from "@/lib/route";

const searchSchema = z.object({
  afterSeq: z.coerce.number().int().min(0).catch(0),
  level: z.enum(EVENT_LEVELS).optional().catch(undefined),
});

export const GET = createRoute<{ jobId: string }>(
  { name: "GET /api/jobs/[jobId]/events" },
  async ({ access, request, params }) => {
    const search = searchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return listJobEvents({ workspaceId: access.workspace.id, jobId: params.jobId, ...search });
  },
);
