/** Cancel, pause and resume: asked of the provider, and the job row updated from its answer. */
import "server-only";
import type { AuditAction } from "@/lib/audit/events";
import { type AuditActor, record } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { providerAppError, providerProblem } from "@/lib/providers/errors";
import { fineTuningClient, type ProviderJob } from "@/lib/providers/fine-tuning";
import { jobFieldsFromProvider } from "./from-provider";
import { getJobConnectionOrThrow } from "./queries-detail";
import type { JobReason } from "./reasons";
import { ACTIVE_JOB_STATUSES, type JobStatus } from "./status";

export type JobControl = "cancel" | "pause" | "resume";

/** The statuses each control applies to; outside them the provider would refuse anyway. */
const ALLOWED_FROM: Record<JobControl, ReadonlySet<string>> = {
  cancel: new Set<JobStatus>(ACTIVE_JOB_STATUSES),
  pause: new Set<JobStatus>(["running"]),
  resume: new Set<JobStatus>(["paused"]),
};

/** The reason that says why a control cannot apply to the job now. */
const NOT_NOW: Record<JobControl, JobReason> = {
  cancel: "jobNotCancellable",
  pause: "jobNotPausable",
  resume: "jobNotResumable",
};

const notNow = (control: JobControl) =>
  new AppError("conflict", `The job cannot ${control} now`, { reason: { code: NOT_NOW[control] } });

const AUDITED: Record<JobControl, AuditAction> = {
  cancel: "job.cancelled",
  pause: "job.paused",
  resume: "job.resumed",
};

export async function controlJob({
  actor,
  jobId,
  control,
}: {
  actor: AuditActor;
  jobId: string;
  control: JobControl;
}): Promise<{ status: string }> {
  const { job, connection } = await getJobConnectionOrThrow({
    workspaceId: actor.workspace.id,
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
    const problem = providerProblem(cause);
    // A refusal of the request means the job moved on at the provider (finished, or no longer running).
    if (problem.reason === "bad_request") throw notNow(control);
    const status = problem.status ? ` (${problem.status})` : "";
    logger.warn(`controlJob ${control} of job ${jobId}: ${problem.reason}${status}`, cause);
    throw providerAppError(cause, `The provider refused to ${control}`, { problem });
  }
  await db.job.update({ where: { id: job.id }, data: { ...jobFieldsFromProvider(answer), nextSyncAt: new Date() } });
  await record(actor, AUDITED[control], { type: "job", id: job.id });
  return { status: answer.status };
}
