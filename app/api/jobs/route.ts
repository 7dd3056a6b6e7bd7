import { parseJobListQuery } from "@/lib/jobs/list";
import { listJobs } from "@/lib/jobs/queries";
import { createRoute } from "@/lib/route";

export const GET = createRoute({ name: "GET /api/jobs" }, async ({ access, request }) =>
  listJobs({ workspaceId: access.workspace.id, query: parseJobListQuery(new URL(request.url).searchParams) }),
);
