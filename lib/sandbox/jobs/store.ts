/** Sandbox jobs in the database, and their simulation at a moment in time. */
import "server-only";
import { db } from "@/lib/db/client";
import type { SandboxJob as JobRow } from "@/lib/generated/prisma/client";
import { notFound } from "../errors";
import type { SandboxConnection } from "../http";
import { type SimulatedJob, simulateJob } from "../training/timeline";

export type { JobRow };

type Pause = { pausedAt: number; resumedAt: number | null };

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
    hyperparameters: JSON.parse(row.hyperparameters),
    seed: row.seed,
    secondsPerUnit: row.secondsPerUnit,
    validationError: row.validationError ? JSON.parse(row.validationError) : null,
    pauses: JSON.parse(row.pauses) as Pause[],
    cancelledAt: row.cancelledAt?.getTime() ?? null,
  };
}

export function pausesOf(row: JobRow): Pause[] {
  return JSON.parse(row.pauses) as Pause[];
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
