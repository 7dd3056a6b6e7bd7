/** The fine-tuning jobs API of the Sandbox. */
import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveHyperparameters, totalSteps } from "@/lib/models/hyperparameters";
import { baseModelOf, snapshotOf } from "@/lib/models/names";
import { parseJsonlStream } from "@/lib/training-data/jsonl";
import { validateTrainingStream } from "@/lib/training-data/validate";
import { fineTuningUnavailable, isFineTuningClosed } from "../cutoff";
import { invalidRequest, SandboxError } from "../errors";
import { fineTuneFileOrThrow } from "../files";
import type { SandboxConnection } from "../http";
import { newId, unixSeconds } from "../ids";
import { paginate, readLimit } from "../pagination";
import { blobStore } from "../storage";
import { JOB_UNITS } from "../training/clock";
import { stepMetricsCsv } from "../training/timeline";
import { toCheckpointObjects, toEventObjects, toJobObject } from "./objects";
import { readCreateJobRequest } from "./request";
import {
  findJobByModelName,
  getJobOrThrow,
  type JobRow,
  listJobRows,
  metadataOf,
  pausesOf,
  simulate,
  toSimulatedJob,
} from "./store";

/** Keeps the result file (one row per step) and event lists of a simulated job to a sane size. */
const MAX_STEPS = 250_000;

/** The model to train on: a base snapshot (or its alias), or one of this connection's fine-tuned models. */
async function resolveTrainableModel(connection: SandboxConnection, model: string): Promise<string> {
  const base = snapshotOf(model);
  if (base) return base;
  const job = model.startsWith("ft:") ? await findJobByModelName(connection, model) : null;
  if (job && simulate(job).status === "succeeded" && !job.modelDeletedAt) return model;
  throw invalidRequest(
    `Model ${model} is not available for fine-tuning or does not exist.`,
    "model",
    "model_not_available",
  );
}

async function checkFile(
  connection: SandboxConnection,
  fileId: string,
  purpose: "training" | "validation",
  options: { method: "supervised" | "dpo"; model: string },
) {
  const param = purpose === "training" ? "training_file" : "validation_file";
  const file = await fineTuneFileOrThrow(connection, fileId, param);
  // Streamed line by line: a training file may be as large as the Files API takes (512 MB).
  const lines = parseJsonlStream(blobStore(connection.id).textChunks("files", file.id));
  return validateTrainingStream(lines, { ...options, purpose });
}

export async function createJob(connection: SandboxConnection, body: Record<string, unknown>) {
  if (isFineTuningClosed(connection.fineTuningCutoff, new Date())) throw fineTuningUnavailable();
  const request = readCreateJobRequest(body);
  const model = await resolveTrainableModel(connection, request.model);
  const options = { method: request.method, model };
  const training = await checkFile(connection, request.trainingFile, "training", options);
  const validation = request.validationFile
    ? await checkFile(connection, request.validationFile, "validation", options)
    : null;
  const failure = !training.ok ? training.error : validation && !validation.ok ? validation.error : null;
  const examples = training.ok ? training.examples : 0;
  const hyperparameters = resolveHyperparameters({
    method: request.method,
    requested: request.requested,
    examples: Math.max(examples, 1),
  });
  const steps = totalSteps({ examples: Math.max(examples, 1), ...hyperparameters });
  if (steps > MAX_STEPS) {
    throw invalidRequest(
      `This job would run ${steps} steps; the Sandbox simulates at most ${MAX_STEPS}. Lower n_epochs or raise batch_size.`,
      "hyperparameters",
    );
  }
  const base = baseModelOf(model);
  const id = newId("ftjob-");
  // The model answers from this copy, so deleting the training file later does not make it forget.
  // It is written first: a job row never exists without the data its model needs.
  const blobs = blobStore(connection.id);
  if (training.ok) await blobs.copy({ kind: "files", id: request.trainingFile }, { kind: "training", id });
  const row = await db.sandboxJob
    .create({
      data: {
        id,
        connectionId: connection.id,
        model,
        trainingFile: request.trainingFile,
        validationFile: request.validationFile,
        method: request.method,
        hyperparameters: JSON.stringify(hyperparameters),
        suffix: request.suffix,
        seed: request.seed ?? randomInt(0, 2_147_483_647),
        metadata: request.metadata ? JSON.stringify(request.metadata) : null,
        examples,
        billingTokens: training.ok ? training.billingTokens : 0,
        validationError: failure
          ? JSON.stringify({ code: failure.code, message: failure.message, param: failure.param })
          : null,
        fineTunedModel: `ft:${base}:sandbox:${request.suffix ?? ""}:${randomBytes(6).toString("base64url").slice(0, 8)}`,
        secondsPerUnit: connection.jobSeconds / JOB_UNITS,
        createdAt: new Date(),
      },
    })
    .catch(async (error) => {
      await blobs.remove("training", id);
      throw error;
    });
  return jobObject(connection, row);
}

/**
 * The result file appears when the job succeeds. It is made on first sight, so a restart loses nothing,
 * and its id stays on the job even if someone deletes the file later, as on OpenAI.
 */
async function resultFileId(connection: SandboxConnection, row: JobRow, succeeded: boolean): Promise<string | null> {
  if (!succeeded || row.resultFileId) return row.resultFileId;
  const id = newId("file-");
  // OpenAI serves this file's content base64-encoded.
  const bytes = await blobStore(connection.id).write(
    "files",
    id,
    Buffer.from(stepMetricsCsv(toSimulatedJob(row))).toString("base64"),
  );
  const file = {
    id,
    connectionId: connection.id,
    filename: "step_metrics.csv",
    purpose: "fine-tune-results",
    bytes,
    createdAt: unixSeconds(),
  };
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.sandboxJob.updateMany({
      where: { id: row.id, resultFileId: null },
      data: { resultFileId: id },
    });
    if (count === 1) await tx.sandboxFile.create({ data: file });
    return count === 1;
  });
  if (claimed) return id;
  // Another request made it first: use theirs.
  await blobStore(connection.id).remove("files", id);
  return (await db.sandboxJob.findUniqueOrThrow({ where: { id: row.id }, select: { resultFileId: true } }))
    .resultFileId;
}

async function jobObject(connection: SandboxConnection, row: JobRow, now = Date.now()) {
  const sim = simulate(row, now);
  const job = {
    ...toSimulatedJob(row),
    method: row.method as "supervised" | "dpo",
    suffix: row.suffix,
    metadata: metadataOf(row),
  };
  return toJobObject(job, sim, await resultFileId(connection, row, sim.status === "succeeded"));
}

export async function retrieveJob(connection: SandboxConnection, jobId: string) {
  return jobObject(connection, await getJobOrThrow(connection, jobId));
}

/** `metadata[key]=value` filters; `metadata=null` asks for jobs without metadata. */
function matchesMetadata(row: JobRow, url: URL): boolean {
  if (url.searchParams.get("metadata") === "null") return row.metadata === null;
  const wanted = [...url.searchParams].flatMap(([key, value]) => {
    const match = key.match(/^metadata\[(.+)\]$/);
    return match ? [[match[1] as string, value] as const] : [];
  });
  if (!wanted.length) return true;
  const metadata = metadataOf(row) ?? {};
  return wanted.every(([key, value]) => metadata[key] === value);
}

export async function listJobs(connection: SandboxConnection, url: URL) {
  const rows = (await listJobRows(connection)).filter((row) => matchesMetadata(row, url));
  const page = paginate(rows, {
    after: url.searchParams.get("after"),
    limit: readLimit(url, { fallback: 20, max: 100 }),
  });
  return { ...page, data: await Promise.all(page.data.map((row) => jobObject(connection, row))) };
}

async function updateJob(
  connection: SandboxConnection,
  jobId: string,
  change: (row: JobRow, status: string, now: number) => Prisma.SandboxJobUpdateManyMutationInput,
) {
  const row = await getJobOrThrow(connection, jobId);
  const now = Date.now();
  // Only if nobody paused, resumed or cancelled it since we read it: two pauses must not both count.
  const { count } = await db.sandboxJob.updateMany({
    where: { id: row.id, pauses: row.pauses, cancelledAt: row.cancelledAt },
    data: change(row, simulate(row, now).status, now),
  });
  if (count === 0)
    throw new SandboxError(409, `Job ${jobId} was changed by another request at the same time. Try again.`);
  return jobObject(connection, await getJobOrThrow(connection, jobId), now);
}

export function cancelJob(connection: SandboxConnection, jobId: string) {
  return updateJob(connection, jobId, (_row, status, now) => {
    if (["succeeded", "failed", "cancelled"].includes(status))
      throw invalidRequest(`Job ${jobId} has already ${status === "cancelled" ? "been cancelled" : status}.`, null);
    return { cancelledAt: new Date(now) };
  });
}

export function pauseJob(connection: SandboxConnection, jobId: string) {
  return updateJob(connection, jobId, (row, status, now) => {
    if (status !== "running")
      throw invalidRequest(`Only a running job can be paused; job ${jobId} is ${status}.`, null);
    return { pauses: JSON.stringify([...pausesOf(row), { pausedAt: now, resumedAt: null }]) };
  });
}

export function resumeJob(connection: SandboxConnection, jobId: string) {
  return updateJob(connection, jobId, (row, status, now) => {
    if (status !== "paused") throw invalidRequest(`Only a paused job can be resumed; job ${jobId} is ${status}.`, null);
    const pauses = pausesOf(row);
    return {
      pauses: JSON.stringify(
        pauses.map((pause, i) => (i === pauses.length - 1 ? { ...pause, resumedAt: now } : pause)),
      ),
    };
  });
}

/** Events and checkpoints are listed newest first, as OpenAI does. */
function newestFirst<T extends { id: string }>(
  items: T[],
  url: URL,
  options: { limit: { fallback: number; max: number }; withIds?: boolean },
) {
  const after = url.searchParams.get("after");
  return paginate(items.reverse(), { after, limit: readLimit(url, options.limit), withIds: options.withIds });
}

export async function listJobEvents(connection: SandboxConnection, jobId: string, url: URL) {
  const row = await getJobOrThrow(connection, jobId);
  return newestFirst(toEventObjects(row.id, simulate(row)), url, { limit: { fallback: 20, max: 10_000 } });
}

export async function listJobCheckpoints(connection: SandboxConnection, jobId: string, url: URL) {
  const row = await getJobOrThrow(connection, jobId);
  const checkpoints = toCheckpointObjects(row.id, simulate(row));
  return newestFirst(checkpoints, url, { limit: { fallback: 10, max: 100 }, withIds: true });
}
