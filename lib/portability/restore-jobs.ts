/** Jobs with their whole history (events, metrics, checkpoints), as records: they are not synced again. */
import "server-only";
import { insertRows } from "@/lib/db/insert-rows";
import type { RestoreContext } from "./context";
import { entryPatterns, paths } from "./format";
import { expectField } from "./parse-entry";
import { checkpointsSchema, eventSchema, jobSchema, metricSchema } from "./schemas";

/** Imported jobs are not synced again: their connection has no key here. */
const NEVER = new Date("9999-12-31T00:00:00Z");

// The tables restored in bulk: each row is the job's id, then these fields of the parsed row, in this order.
const EVENT_FIELDS = ["providerEventId", "seq", "createdAt", "level", "type", "message", "data"] as const;
const METRIC_FIELDS = [
  "step",
  "trainLoss",
  "trainAccuracy",
  "validLoss",
  "validAccuracy",
  "fullValidLoss",
  "fullValidAccuracy",
] as const;
const CHECKPOINT_FIELDS = ["providerCheckpointId", "step", "model", "metrics", "createdAt"] as const;

type Value = string | number | null;

async function insertHistory<Field extends string>(
  tx: RestoreContext["tx"],
  table: "job_event" | "job_metric" | "job_checkpoint",
  jobId: string,
  fields: readonly Field[],
  rows: Record<Field, Value>[],
) {
  const values = rows.map((row) => [jobId, ...fields.map((field) => row[field])]);
  // Metrics are keyed by (jobId, step); the other tables get fresh ids.
  await insertRows(tx, table, ["jobId", ...fields], values, { withId: table !== "job_metric" });
}

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
  await insertHistory(tx, "job_event", jobId, EVENT_FIELDS, events);
  const metrics = await archive.lines(paths.job(id, "metrics.jsonl"), metricSchema);
  await insertHistory(tx, "job_metric", jobId, METRIC_FIELDS, metrics);
  const checkpoints = await archive.json(paths.job(id, "checkpoints.json"), checkpointsSchema);
  await insertHistory(tx, "job_checkpoint", jobId, CHECKPOINT_FIELDS, checkpoints);
}
