/** Cancel, pause and resume: asked of the provider, and the job row updated from its answer. */
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { classifyProviderError } from "@/lib/providers/errors";
import { fineTuningClient, type ProviderJob } from "@/lib/providers/fine-tuning";
import { jobFieldsFromProvider } from "./from-provider";
import { getJobConnectionOrThrow } from "./queries-detail";
import { ACTIVE_JOB_STATUSES, type JobStatus } from "./status";

export type JobControl = "cancel" | "pause" | "resume";

/** The statuses each control applies to; outside them the provider would refuse anyway. */
const ALLOWED_FROM: Record<JobControl, ReadonlySet<string>> = {
  cancel: new Set<JobStatus>(ACTIVE_JOB_STATUSES),
  pause: new Set<JobStatus>(["running"]),
  resume: new Set<JobStatus>(["paused"]),
};

/** The field error code (in fieldErrors) that says why a control cannot apply to the job now. */
const NOT_NOW: Record<JobControl, string> = {
  cancel: "jobNotCancellable",
  pause: "jobNotPausable",
  resume: "jobNotResumable",
};

const notNow = (control: JobControl) =>
  new AppError("conflict", `The job cannot ${control} now`, { fields: { _form: { code: NOT_NOW[control] } } });

export async function controlJob({
  workspaceId,
  jobId,
  control,
}: {
  workspaceId: string;
  jobId: string;
  control: JobControl;
}): Promise<{ status: string }> {
  const { job, connection } = await getJobConnectionOrThrow({
    workspaceId,
    jobId,
    check: ({ status }) => {
      if (!ALLOWED_FROM[control].has(status)) throw notNow(control);
    },
  });
  const client = fineTuningClient(connection, { maxRetries: 1, timeoutMs: 30_000 });
  let answer: ProviderJob;
  try {
    answer =
      control === "cancel"
        ? await client.cancelJob(job.providerJobId)
        : control === "pause"
          ? await client.pauseJob(job.providerJobId)
          : await client.resumeJob(job.providerJobId);
  } catch (cause) {
    const { reason, status } = classifyProviderError(cause);
    // A refusal of the request means the job moved on at the provider (finished, or no longer running).
    if (reason === "bad_request") throw notNow(control);
    logger.warn(`controlJob ${control} of job ${jobId}: ${reason}${status ? ` (${status})` : ""}`, cause);
    throw new AppError("provider_unavailable", `The provider refused to ${control}`, {
      cause,
      fields: { _form: { code: "providerFailure", params: { reason } } },
    });
  }
  await db.job.update({ where: { id: job.id }, data: { ...jobFieldsFromProvider(answer), nextSyncAt: new Date() } });
  return { status: answer.status };
}
