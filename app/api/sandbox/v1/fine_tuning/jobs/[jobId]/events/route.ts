import { sandboxRoute } from "@/lib/sandbox/http";
import { listJobEvents } from "@/lib/sandbox/jobs/service";

export const GET = sandboxRoute<{ jobId: string }>(async ({ connection, request, params }) =>
  listJobEvents(connection, params.jobId, new URL(request.url)),
);
