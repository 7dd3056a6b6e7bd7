/** One job of the workspace: its page's data, and the events and metrics its page polls for. */
import "server-only";
import { z } from "zod";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authorName } from "@/lib/members/authors";
import { pricedModelOf, trainingCost } from "@/lib/models/prices";
import { listPrices } from "@/lib/pricing/queries";
import type { MetricPoint } from "./metric-point";
import type { JobStatus } from "./status";
import { type CheckpointView, type EventLevel, type JobDetail, type JobEventPage, jobTimeline } from "./view";

const EVENT_PAGE_SIZE = 500;
const METRIC_PAGE_SIZE = 5000;

const hyperparametersSchema = z
  .record(z.string(), z.union([z.number(), z.string()]))
  .catch({})
  .transform((value) => value as JobDetail["hyperparameters"]);
const errorSchema = z.object({ code: z.string(), message: z.string(), param: z.string().nullable().catch(null) });
const resultFilesSchema = z.array(z.string()).catch([]);
const checkpointMetricsSchema = z.record(z.string(), z.number()).catch({});
const stepDataSchema = z.object({ step: z.number(), total_steps: z.number().optional() }).nullable().catch(null);

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

type Ref = { workspaceId: string; jobId: string };

/**
 * The job and its connection's credentials, for provider calls; another workspace's job is not_found.
 * `check` may refuse the job (e.g. for its status) before its connection is looked at.
 */
export async function getJobConnectionOrThrow({
  workspaceId,
  jobId,
  check,
}: Ref & { check?: (job: { status: string }) => void }) {
  const job = await db.job.findFirst({
    where: { id: jobId, workspaceId },
    select: { id: true, status: true, providerJobId: true, connectionId: true, resultFiles: true },
  });
  if (!job) throw new AppError("not_found", "This job does not exist");
  check?.(job);
  if (!job.connectionId)
    throw new AppError("conflict", "The job's connection was deleted", {
      reason: { code: "jobConnectionDeleted" },
    });
  const connection = await getConnectionOrThrow({ workspaceId, connectionId: job.connectionId });
  return { job: { ...job, resultFiles: resultFilesSchema.parse(parseJson(job.resultFiles)) }, connection };
}

const versionSelect = {
  id: true,
  datasetId: true,
  datasetName: true,
  number: true,
  dataset: { select: { name: true } },
};

export async function getJobOrThrow({ workspaceId, jobId }: Ref): Promise<JobDetail> {
  const job = await db.job.findFirst({
    where: { id: jobId, workspaceId },
    include: {
      startedBy: { select: { name: true } },
      connection: { select: { endpoint: true } },
      trainingVersion: { select: versionSelect },
      validationVersion: { select: versionSelect },
      checkpoints: { orderBy: { step: "asc" } },
    },
  });
  if (!job) throw new AppError("not_found", "This job does not exist");
  const [messages, lastMetrics, cost] = await Promise.all([
    db.jobEvent.findMany({
      where: { jobId, type: "message" },
      orderBy: { seq: "asc" },
      select: { createdAt: true, message: true },
      take: 200,
    }),
    db.jobEvent.findFirst({ where: { jobId, type: "metrics" }, orderBy: { seq: "desc" }, select: { data: true } }),
    jobCost(job),
  ]);
  const status = job.status as JobStatus;
  const createdAt = job.createdAt.toISOString();
  const finishedAt = job.finishedAt?.toISOString() ?? null;
  const progress = stepDataSchema.parse(parseJson(lastMetrics?.data ?? null));
  const link = (version: typeof job.trainingVersion) =>
    version && {
      versionId: version.id,
      datasetId: version.datasetId,
      name: version.dataset?.name ?? version.datasetName,
      number: version.number,
    };
  const error = errorSchema.safeParse(parseJson(job.error));
  const trainingVersion = link(job.trainingVersion);
  const validationVersion = link(job.validationVersion);
  return {
    id: job.id,
    status,
    baseModel: job.baseModel,
    fineTunedModel: job.fineTunedModel,
    providerJobId: job.providerJobId,
    suffix: job.suffix,
    connectionId: job.connectionId,
    connectionName: job.connectionName,
    connectionKind: job.connectionKind as JobDetail["connectionKind"],
    azureEndpoint: job.connectionKind === "azure" ? (job.connection?.endpoint ?? null) : null,
    method: job.method,
    dataset: trainingVersion,
    trainingVersion,
    validationVersion: validationVersion && { ...validationVersion, part: job.validationPart },
    startedBy: authorName(job.startedBy, job.startedByName),
    external: job.external,
    createdAt,
    finishedAt,
    durationSeconds: job.finishedAt ? Math.round((job.finishedAt.getTime() - job.createdAt.getTime()) / 1000) : null,
    trainedTokens: job.trainedTokens,
    cost,
    hyperparameters: hyperparametersSchema.parse(parseJson(job.hyperparameters)),
    trainingFileId: job.trainingFileId,
    trainingFileName: job.trainingFileName,
    validationFileId: job.validationFileId,
    validationFileName: job.validationFileName,
    seed: job.seed,
    exampleCount: job.exampleCount,
    error: error.success ? error.data : null,
    resultFiles: resultFilesSchema.parse(parseJson(job.resultFiles)),
    estimatedFinishAt: job.estimatedFinishAt?.toISOString() ?? null,
    deploymentName: job.deploymentName,
    syncedAt: job.syncedAt?.toISOString() ?? null,
    syncError: job.syncError,
    eventCount: job.eventCount,
    currentStep: progress?.step ?? null,
    totalSteps: progress?.total_steps ?? null,
    timeline: jobTimeline({ status, createdAt, finishedAt, messages }),
    checkpoints: job.checkpoints.map(
      (checkpoint): CheckpointView => ({
        id: checkpoint.id,
        step: checkpoint.step,
        model: checkpoint.model,
        metrics: checkpointMetricsSchema.parse(parseJson(checkpoint.metrics)),
        createdAt: checkpoint.createdAt,
      }),
    ),
  };
}

/** Trained tokens at the workspace's training price, else the estimate made when the job started. */
async function jobCost(job: {
  workspaceId: string;
  baseModel: string;
  trainedTokens: number | null;
  estimatedCost: number | null;
}) {
  if (job.trainedTokens === null) return job.estimatedCost;
  const base = pricedModelOf(job.baseModel);
  const price = (await listPrices(job.workspaceId)).find((entry) => entry.model === base);
  return price ? trainingCost({ price, billingTokens: job.trainedTokens, epochs: 1 }) : job.estimatedCost;
}

/** The job's events after `afterSeq`, oldest first, optionally of one level. */
export async function listJobEvents({
  afterSeq = 0,
  level,
  limit = EVENT_PAGE_SIZE,
  ...ref
}: Ref & { afterSeq?: number; level?: EventLevel; limit?: number }): Promise<JobEventPage> {
  await assertJobInWorkspace(ref);
  const [rows, newest] = await Promise.all([
    db.jobEvent.findMany({
      where: { jobId: ref.jobId, seq: { gt: afterSeq }, ...(level ? { level } : {}) },
      orderBy: { seq: "asc" },
      take: limit + 1,
      select: { seq: true, createdAt: true, level: true, type: true, message: true },
    }),
    db.jobEvent.findFirst({ where: { jobId: ref.jobId }, orderBy: { seq: "desc" }, select: { seq: true } }),
  ]);
  const events = rows.slice(0, limit).map((row) => ({ ...row, level: row.level as EventLevel }));
  const hasMore = rows.length > limit;
  // A level filter may skip the newest events: the cursor still moves past them.
  const throughSeq = hasMore ? (events.at(-1)?.seq ?? afterSeq) : Math.max(afterSeq, newest?.seq ?? 0);
  return { events, hasMore, throughSeq };
}

/** The job's metrics after `afterStep`, ascending, for the chart to append. */
export async function listJobMetrics({
  afterStep = 0,
  limit = METRIC_PAGE_SIZE,
  ...ref
}: Ref & { afterStep?: number; limit?: number }): Promise<{ points: MetricPoint[]; hasMore: boolean }> {
  await assertJobInWorkspace(ref);
  const rows = await db.jobMetric.findMany({
    where: { jobId: ref.jobId, step: { gt: afterStep } },
    orderBy: { step: "asc" },
    take: limit + 1,
    omit: { jobId: true },
  });
  return { points: rows.slice(0, limit), hasMore: rows.length > limit };
}

async function assertJobInWorkspace({ workspaceId, jobId }: Ref) {
  const found = await db.job.count({ where: { id: jobId, workspaceId } });
  if (!found) throw new AppError("not_found", "This job does not exist");
}

/** The Azure deployment a person made for the job's model, kept so the team sees where it runs. */
export async function saveDeploymentName({ deploymentName, ...ref }: Ref & { deploymentName: string }) {
  await assertJobInWorkspace(ref);
  await db.job.update({ where: { id: ref.jobId }, data: { deploymentName } });
}
