import { sandboxRoute } from "@/lib/sandbox/http";
import { cancelJob } from "@/lib/sandbox/jobs/service";

export const POST = sandboxRoute<{ jobId: string }>(async ({ connection, params }) =>
  cancelJob(connection, params.jobId),
);
