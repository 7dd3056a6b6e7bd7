import { sandboxRoute } from "@/lib/sandbox/http";
import { pauseJob } from "@/lib/sandbox/jobs/service";

export const POST = sandboxRoute<{ jobId: string }>(async ({ connection, params }) =>
  pauseJob(connection, params.jobId),
);
