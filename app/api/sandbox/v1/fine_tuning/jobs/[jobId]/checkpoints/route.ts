import { sandboxRoute } from "@/lib/sandbox/http";
import { listJobCheckpoints } from "@/lib/sandbox/jobs/service";

export const GET = sandboxRoute<{ jobId: string }>(async ({ connection, request, params }) =>
  listJobCheckpoints(connection, params.jobId, new URL(request.url)),
);
