/** Sandbox jobs in the database, and their simulation at a moment in time. */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { SandboxJob as JobRow } from "@/lib/generated/prisma/client";
import { notFound } from "../errors";
import type { SandboxConnection } from "../http";
import { type SimulatedJob, simulateJob } from "../training/timeline";

export type { JobRow };

// The JSON columns of a job, checked where they leave the database.
const pausesSchema = z.array(z.object({ pausedAt: z.number(), resumedAt: z.number().nullable() }));
const hyperparametersSchema = z.object({
  n_epochs: z.number(),
  batch_size: z.number(),
  learning_rate_multiplier: z.number(),
  beta: z.number().optional(),
});
const errorSchema = z.object({ code: z.string(), message: z.string(), param: z.string().nullable() });
const metadataSchema = z.record(z.string(), z.string());

export function pausesOf(row: JobRow) {
  return pausesSchema.parse(JSON.parse(row.pauses));
}

export function metadataOf(row: JobRow): Record<string, string> | null {
  return row.metadata ? metadataSchema.parse(JSON.parse(row.metadata)) : null;
}

export function toSimulatedJob(row: JobRow): SimulatedJob {
  return {
    id: row.id,
    createdAt: row.createdAt.getTime(),
    model: row.model,
    fineTunedModelName: row.fineTunedModel,
    trainingFile: row.trainingFile,
    validationFile: row.validationFile,
    examples: row.examples,
    billingTokens: row.billingTokens,
    hyperparameters: hyperparametersSchema.parse(JSON.parse(row.hyperparameters)),
    seed: row.seed,
    secondsPerUnit: row.secondsPerUnit,
    validationError: row.validationError ? errorSchema.parse(JSON.parse(row.validationError)) : null,
    pauses: pausesOf(row),
    cancelledAt: row.cancelledAt?.getTime() ?? null,
  };
}

export function simulate(row: JobRow, now = Date.now()) {
  return simulateJob(toSimulatedJob(row), now);
}

export async function getJobOrThrow(connection: SandboxConnection, jobId: string): Promise<JobRow> {
  const row = await db.sandboxJob.findFirst({ where: { id: jobId, connectionId: connection.id } });
  if (!row) throw notFound("fine-tune", jobId, "fine_tune_id");
  return row;
}

export async function listJobRows(connection: SandboxConnection): Promise<JobRow[]> {
  return db.sandboxJob.findMany({
    where: { connectionId: connection.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** The job whose fine-tuned model (or one of its checkpoints) has this name, if it is this connection's. */
export async function findJobByModelName(connection: SandboxConnection, name: string): Promise<JobRow | null> {
  return db.sandboxJob.findFirst({ where: { connectionId: connection.id, fineTunedModel: name } });
}
