import { parseJobListQuery } from "@/lib/jobs/list";
import { listJobs } from "@/lib/jobs/queries";
import { startJob } from "@/lib/rest/jobs";
import { createApiRoute, parseJson, parseQuery } from "@/lib/rest/route";
import { createJobBodySchema, jobListQuerySchema } from "@/lib/rest/schema";

export const GET = createApiRoute({ name: "GET /api/v1/jobs" }, async ({ access, request }) => {
  const { page, status } = parseQuery(request, jobListQuerySchema);
  const query = parseJobListQuery({ page: String(page), ...(status ? { status } : {}) });
  return listJobs({ workspaceId: access.workspace.id, query });
});

/** Uploads the version to the connection's provider and starts the job there, as the new-job form does. */
export const POST = createApiRoute({ name: "POST /api/v1/jobs", status: 201 }, async ({ access, request }) => {
  return startJob({ access, body: await parseJson(request, createJobBodySchema) });
});
