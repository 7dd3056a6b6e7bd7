/**
 * Seeds fine-tuning jobs (with events, metrics and checkpoints) straight into a database, for e2e tests,
 * benchmarks and screenshots. The rows look like what the job runner stores from a provider.
 */
import { createHash, randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import { isFinalJobStatus, type JobStatus } from "../../lib/jobs/status.ts";
import { countChatTokens } from "../../lib/training-data/tokens.ts";
import { prismaDateTime } from "./seed-sandbox.ts";

export type JobSeed = {
  status?: JobStatus;
  baseModel?: string;
  fineTunedModel?: string | null;
  providerJobId?: string;
  suffix?: string | null;
  startedById?: string | null;
  external?: boolean;
  connectionId?: string | null;
  connectionName?: string;
  connectionKind?: "sandbox" | "openai" | "azure";
  trainingVersionId?: string | null;
  createdAt?: Date;
  finishedAt?: Date | null;
  trainedTokens?: number | null;
  estimatedCost?: number | null;
  error?: { code: string; message: string; param: string | null } | null;
  /** training steps with metrics events; 0 for a bare row */
  steps?: number;
  epochs?: number;
  /** checkpoint steps */
  checkpoints?: number[];
  resultFiles?: string[];
  syncError?: string | null;
};

/** Prisma's SQLite adapter stores DateTime as ISO-8601 text with an explicit UTC offset. */
const randomId = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
const unix = (date: Date) => Math.floor(date.getTime() / 1000);

/** A smooth, falling loss with a little deterministic wobble. */
const lossAt = (step: number, total: number) =>
  0.25 + 2.2 * Math.exp((-3 * step) / total) + 0.05 * Math.sin(step * 1.7);

function eventsOf(
  job: Required<Pick<JobSeed, "status" | "steps">> & {
    providerJobId: string;
    fineTunedModel: string | null;
    createdAt: Date;
    checkpoints: number[];
    error: JobSeed["error"];
  },
) {
  const at = unix(job.createdAt);
  const events: { level: string; type: string; message: string; data: unknown; createdAt: number }[] = [];
  const say = (message: string, level = "info", offset = events.length) =>
    events.push({ level, type: "message", message, data: null, createdAt: at + offset });
  say(`Created fine-tuning job: ${job.providerJobId}`);
  say("Validating training file: file-seeded");
  if (job.error) {
    say(job.error.message, "error");
    say("The job failed", "error");
    return events;
  }
  if (job.status === "validating_files") return events;
  say("Files validated, moving job to queued state");
  if (job.status === "queued") return events;
  say("Fine-tuning job started");
  say("The validation file has few examples: validation loss may be noisy", "warn");
  for (let step = 1; step <= job.steps; step++) {
    const loss = lossAt(step, job.steps);
    events.push({
      level: "info",
      type: "metrics",
      message: `Step ${step}/${job.steps}: training loss=${loss.toFixed(4)}`,
      data: { step, train_loss: loss, train_mean_token_accuracy: Math.min(0.99, 1 - loss / 3), total_steps: job.steps },
      createdAt: at + events.length,
    });
    if (job.checkpoints.includes(step)) say(`Checkpoint created at step ${step}`);
  }
  if (job.status === "paused") say("Fine-tuning job paused");
  if (job.status === "cancelled") say("The job was cancelled");
  if (job.status === "succeeded") {
    say(`New fine-tuned model created: ${job.fineTunedModel}`);
    say("The job has successfully completed");
  }
  return events;
}

/** Inserts the jobs into the workspace; returns their ids in the given order. */
export function seedJobs(db: Database.Database, { workspaceId, jobs }: { workspaceId: string; jobs: JobSeed[] }) {
  const insertJob = db.prepare(
    `INSERT INTO "job" ("id", "workspaceId", "connectionId", "connectionName", "connectionKind", "providerJobId",
      "status", "baseModel", "method", "trainingVersionId", "trainingFileId", "trainingFileName", "hyperparameters",
      "suffix", "fineTunedModel", "trainedTokens", "estimatedCost", "error", "resultFiles", "estimatedFinishAt",
      "startedById", "startedByName", "external", "createdAt", "finishedAt", "syncedAt", "syncError", "nextSyncAt",
      "eventCount", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'supervised', ?, 'file-seeded', 'train.jsonl', ?, ?, ?, ?, ?, ?, ?, ?, ?,
      (SELECT "name" FROM "user" WHERE "id" = ?), ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO "job_event" ("id", "jobId", "providerEventId", "seq", "createdAt", "level", "type", "message", "data")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMetric = db.prepare(
    `INSERT INTO "job_metric" ("jobId", "step", "trainLoss", "trainAccuracy") VALUES (?, ?, ?, ?)`,
  );
  const insertCheckpoint = db.prepare(
    `INSERT INTO "job_checkpoint" ("id", "jobId", "providerCheckpointId", "step", "model", "metrics", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // The app's runner may have imported a real provider job already: the seeded row takes its place.
  const existing = db.prepare(`SELECT "id" FROM "job" WHERE "connectionId" = ? AND "providerJobId" = ?`);
  const removals = ["job_event", "job_metric", "job_checkpoint", "notification", "job"].map((table) =>
    db.prepare(`DELETE FROM "${table}" WHERE "${table === "job" ? "id" : "jobId"}" = ?`),
  );
  const now = new Date();
  const ids: string[] = [];
  db.transaction(() => {
    for (const seed of jobs) {
      const imported =
        seed.connectionId && seed.providerJobId
          ? (existing.get(seed.connectionId, seed.providerJobId) as { id: string } | undefined)
          : undefined;
      if (imported) for (const removal of removals) removal.run(imported.id);
      const id = randomId("seed-job-");
      const status = seed.status ?? "succeeded";
      const createdAt = seed.createdAt ?? now;
      const steps = seed.steps ?? 0;
      const epochs = seed.epochs ?? 3;
      const providerJobId = seed.providerJobId ?? `ftjob-${randomBytes(12).toString("hex")}`;
      const baseModel = seed.baseModel ?? "gpt-4o-mini-2024-07-18";
      const fineTunedModel =
        seed.fineTunedModel !== undefined
          ? seed.fineTunedModel
          : status === "succeeded"
            ? `ft:${baseModel}:seeded:${seed.suffix ?? "model"}:${randomBytes(4).toString("hex")}`
            : null;
      const finishedAt =
        seed.finishedAt !== undefined
          ? seed.finishedAt
          : isFinalJobStatus(status)
            ? new Date(createdAt.getTime() + 600_000)
            : null;
      const checkpoints = seed.checkpoints ?? [];
      const error = seed.error ?? null;
      const events =
        steps || status !== "succeeded"
          ? eventsOf({ status, steps, providerJobId, fineTunedModel, createdAt, checkpoints, error })
          : [];
      insertJob.run(
        id,
        workspaceId,
        seed.connectionId ?? null,
        seed.connectionName ?? "Sandbox",
        seed.connectionKind ?? "sandbox",
        providerJobId,
        status,
        baseModel,
        seed.trainingVersionId ?? null,
        JSON.stringify({ n_epochs: epochs, batch_size: 1, learning_rate_multiplier: 1.8 }),
        seed.suffix ?? null,
        fineTunedModel,
        seed.trainedTokens !== undefined ? seed.trainedTokens : status === "succeeded" ? 30_000 : null,
        seed.estimatedCost ?? null,
        error ? JSON.stringify(error) : null,
        JSON.stringify(seed.resultFiles ?? []),
        isFinalJobStatus(status) ? null : prismaDateTime(new Date(now.getTime() + 15 * 60_000)),
        seed.external ? null : (seed.startedById ?? null),
        seed.external ? null : (seed.startedById ?? null),
        seed.external ? 1 : 0,
        prismaDateTime(createdAt),
        finishedAt ? prismaDateTime(finishedAt) : null,
        prismaDateTime(now),
        seed.syncError ?? null,
        prismaDateTime(isFinalJobStatus(status) ? new Date(now.getTime() + 3_600_000) : now),
        events.length,
        prismaDateTime(now),
      );
      events.forEach((event, index) => {
        insertEvent.run(
          randomId("seed-ev-"),
          id,
          `ftevent-${id}-${index + 1}`,
          index + 1,
          event.createdAt,
          event.level,
          event.type,
          event.message,
          event.data === null ? null : JSON.stringify(event.data),
        );
      });
      for (let step = 1; step <= steps; step++) {
        const loss = lossAt(step, steps);
        insertMetric.run(id, step, loss, Math.min(0.99, 1 - loss / 3));
      }
      for (const step of checkpoints) {
        const model = fineTunedModel
          ? `${fineTunedModel}:ckpt-step-${step}`
          : `ft:${baseModel}:seeded::ckpt-step-${step}`;
        const loss = lossAt(step, Math.max(steps, step));
        insertCheckpoint.run(
          randomId("seed-ckpt-"),
          id,
          `ftckpt_${randomBytes(8).toString("hex")}`,
          step,
          model,
          JSON.stringify({ step, train_loss: loss, train_mean_token_accuracy: 1 - loss / 3 }),
          unix(createdAt) + step,
        );
      }
      ids.push(id);
    }
    // Immediate: the write lock is taken (or waited for) up front. A deferred transaction that reads first fails
    // at once with "database is locked" when the server writes between its read and its first write.
  }).immediate();
  return ids;
}

/** A frozen dataset version the jobs can name as their training data. */
/**
 * A dataset with one frozen version. With `examples` (chat examples) the version holds them as its training
 * file, counted the way freezing counts them, so a job can train on it; without, it is an empty stand-in.
 */
export function seedDatasetVersion(
  db: Database.Database,
  {
    workspaceId,
    name,
    number = 1,
    examples,
  }: { workspaceId: string; name: string; number?: number; examples?: { messages: Record<string, unknown>[] }[] },
) {
  const datasetId = randomId("seed-ds-");
  const versionId = randomId("seed-ver-");
  const now = prismaDateTime(new Date());
  const jsonl = examples ? examples.map((example) => `${JSON.stringify(example)}\n`).join("") : "";
  const exampleCount = examples?.length ?? 10;
  const tokenCount = examples ? examples.reduce((sum, example) => sum + countChatTokens(example.messages), 0) : 1000;
  const contentHash = createHash("sha256")
    .update(examples ? jsonl : versionId)
    .digest("hex");
  db.transaction(() => {
    db.prepare(
      `INSERT INTO "dataset" ("id", "workspaceId", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`,
    ).run(datasetId, workspaceId, name, now, now);
    db.prepare(
      `INSERT INTO "dataset_version" ("id", "workspaceId", "datasetId", "datasetName", "kind", "number", "contentHash",
        "jsonl", "exampleCount", "tokenCount", "createdAt") VALUES (?, ?, ?, ?, 'chat', ?, ?, ?, ?, ?, ?)`,
    ).run(versionId, workspaceId, datasetId, name, number, contentHash, jsonl, exampleCount, tokenCount, now);
  }).immediate();
  return { datasetId, versionId };
}

/** A new, empty chat dataset made by a member, the row the "New dataset" dialog makes. */
export function seedDataset(
  db: Database.Database,
  { workspaceId, userId, name }: { workspaceId: string; userId: string; name: string },
) {
  // Word characters only, like the app's ids: specs read it back from the page's URL with \w+.
  const datasetId = `ds${randomBytes(12).toString("hex")}`;
  const now = prismaDateTime(new Date());
  const author = (db.prepare(`SELECT "name" FROM "user" WHERE "id" = ?`).get(userId) as { name: string }).name;
  db.prepare(
    `INSERT INTO "dataset" ("id", "workspaceId", "name", "createdById", "createdByName", "updatedById", "updatedByName",
      "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(datasetId, workspaceId, name, userId, author, userId, author, now, now);
  return datasetId;
}

/** The workspace a user works in (their oldest membership) and the user's id. */
export function workspaceOf(db: Database.Database, email: string) {
  const row = db
    .prepare(
      `SELECT m."workspaceId" AS workspaceId, u."id" AS userId FROM "member" m JOIN "user" u ON u."id" = m."userId"
       WHERE u."email" = ? ORDER BY m."createdAt" ASC LIMIT 1`,
    )
    .get(email) as { workspaceId: string; userId: string } | undefined;
  if (!row) throw new Error(`No user ${email} with a workspace`);
  return row;
}
