import { sandboxRoute } from "@/lib/sandbox/http";
import { resumeJob } from "@/lib/sandbox/jobs/service";

export const POST = sandboxRoute<{ jobId: string }>(async ({ connection, params }) =>
  resumeJob(connection, params.jobId),
);
