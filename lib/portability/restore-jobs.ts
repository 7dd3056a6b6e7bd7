/** Jobs with their whole history (events, metrics, checkpoints), as records: they are not synced again. */
import "server-only";
import { insertRows } from "@/lib/db/insert-rows";
import type { RestoreContext } from "./context";
import { entryPatterns, paths } from "./format";
import { expectField } from "./parse-entry";
import { checkpointsSchema, eventSchema, jobSchema, metricSchema } from "./schemas";

/** Imported jobs are not synced again: their connection has no key here. */
const NEVER = new Date("9999-12-31T00:00:00Z");

// The columns of the tables restored in bulk, in the order insertRows binds them (each row's id comes first).
const EVENT_COLUMNS = ["jobId", "providerEventId", "seq", "createdAt", "level", "type", "message", "data"] as const;
const METRIC_COLUMNS = [
  "jobId",
  "step",
  "trainLoss",
  "trainAccuracy",
  "validLoss",
  "validAccuracy",
  "fullValidLoss",
  "fullValidAccuracy",
] as const;
const CHECKPOINT_COLUMNS = ["jobId", "providerCheckpointId", "step", "model", "metrics", "createdAt"] as const;

/** `versionIds`: the new id of each archive version id. */
export async function restoreJobs(context: RestoreContext, versionIds: Map<string, string>): Promise<void> {
  for (const name of context.archive.names) {
    const id = entryPatterns.job.exec(name)?.[1];
    if (id) await restoreJob(context, name, id, versionIds);
  }
}

async function restoreJob(
  { tx, workspaceId, archive, author }: RestoreContext,
  entry: string,
  id: string,
  versionIds: Map<string, string>,
) {
  const row = await archive.json(entry, jobSchema);
  expectField(entry, "id", row.id, id);
  const version = (versionId: string | null) => (versionId === null ? null : (versionIds.get(versionId) ?? null));
  const startedBy = author(row.startedById, row.startedByName);
  const { id: jobId } = await tx.job.create({
    data: {
      workspaceId,
      connectionId: null,
      connectionName: row.connectionName,
      connectionKind: row.connectionKind,
      providerJobId: row.providerJobId,
      status: row.status,
      baseModel: row.baseModel,
      method: row.method,
      trainingVersionId: version(row.trainingVersionId),
      validationVersionId: version(row.validationVersionId),
      validationPart: row.validationPart,
      trainingFileId: row.trainingFileId,
      trainingFileName: row.trainingFileName,
      validationFileId: row.validationFileId,
      validationFileName: row.validationFileName,
      hyperparameters: row.hyperparameters,
      requestedHyperparameters: row.requestedHyperparameters,
      suffix: row.suffix,
      seed: row.seed,
      metadata: row.metadata,
      fineTunedModel: row.fineTunedModel,
      trainedTokens: row.trainedTokens,
      exampleCount: row.exampleCount,
      billedTokens: row.billedTokens,
      estimatedCost: row.estimatedCost,
      error: row.error,
      resultFiles: row.resultFiles,
      estimatedFinishAt: row.estimatedFinishAt,
      deploymentName: row.deploymentName,
      startedById: startedBy.id,
      startedByName: startedBy.name,
      external: row.external,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
      syncedAt: row.syncedAt,
      nextSyncAt: NEVER,
      syncFailures: row.syncFailures,
      syncError: row.syncError,
      eventCount: row.eventCount,
      notifiedAt: row.notifiedAt ?? new Date(),
    },
    select: { id: true },
  });

  const events = await archive.lines(paths.job(id, "events.jsonl"), eventSchema);
  await insertRows(
    tx,
    "job_event",
    EVENT_COLUMNS,
    events.map((event) => [
      jobId,
      event.providerEventId,
      event.seq,
      event.createdAt,
      event.level,
      event.type,
      event.message,
      event.data,
    ]),
    { withId: true },
  );
  const metrics = await archive.lines(paths.job(id, "metrics.jsonl"), metricSchema);
  await insertRows(
    tx,
    "job_metric",
    METRIC_COLUMNS,
    metrics.map((metric) => [
      jobId,
      metric.step,
      metric.trainLoss,
      metric.trainAccuracy,
      metric.validLoss,
      metric.validAccuracy,
      metric.fullValidLoss,
      metric.fullValidAccuracy,
    ]),
  );
  const checkpoints = await archive.json(paths.job(id, "checkpoints.json"), checkpointsSchema);
  await insertRows(
    tx,
    "job_checkpoint",
    CHECKPOINT_COLUMNS,
    checkpoints.map((checkpoint) => [
      jobId,
      checkpoint.providerCheckpointId,
      checkpoint.step,
      checkpoint.model,
      checkpoint.metrics,
      checkpoint.createdAt,
    ]),
    { withId: true },
  );
}
