import { sandboxRoute } from "@/lib/sandbox/http";
import { retrieveJob } from "@/lib/sandbox/jobs/service";

export const GET = sandboxRoute<{ jobId: string }>(async ({ connection, params }) =>
  retrieveJob(connection, params.jobId),
);
