/** Rows the job-sync specs write straight into an app database: Sandbox faults, a job as the new-job flow stores it. */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { encryptSecret } from "../../lib/crypto.ts";

/** Prisma's SQLite adapter stores DateTime as ISO-8601 text with an explicit UTC offset. */
const prismaDateTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

export type SandboxFaults = { failureRate: number; failureStatus?: number; latencyMs?: number };

export function setSandboxFaults(db: Database.Database, connectionId: string, faults: SandboxFaults) {
  db.prepare(
    `UPDATE "connection" SET "sandboxFailureRate" = ?, "sandboxFailureStatus" = ?, "sandboxLatencyMs" = ? WHERE "id" = ?`,
  ).run(faults.failureRate, faults.failureStatus ?? 429, faults.latencyMs ?? 0, connectionId);
}

/**
 * Stores a seeded Sandbox connection's token the way the app does (encrypted with the server's generated secret),
 * so the server's background runner can call the Sandbox with it.
 */
export function sealSandboxToken(
  db: Database.Database,
  { connectionId, token, dataDir }: { connectionId: string; token: string; dataDir: string },
) {
  const secret = fs.readFileSync(path.join(dataDir, "secret.key"), "utf8").trim();
  db.prepare(`UPDATE "connection" SET "apiKeyEncrypted" = ? WHERE "id" = ?`).run(
    encryptSecret(token, secret),
    connectionId,
  );
}

/** Moves a seeded Sandbox connection into a signed-up person's workspace. */
export function moveConnection(db: Database.Database, connectionId: string, workspaceId: string) {
  db.prepare(`UPDATE "connection" SET "workspaceId" = ? WHERE "id" = ?`).run(workspaceId, connectionId);
}

export function membershipOf(db: Database.Database, email: string) {
  const row = db
    .prepare(
      `SELECT "user"."id" AS userId, "member"."workspaceId" AS workspaceId FROM "user"
       JOIN "member" ON "member"."userId" = "user"."id" WHERE "user"."email" = ?`,
    )
    .get(email) as { userId: string; workspaceId: string } | undefined;
  if (!row) throw new Error(`No membership for ${email}`);
  return row;
}

/** A job row as the new-job flow writes it right after the provider created the job. */
export function insertStartedJob(
  db: Database.Database,
  job: { workspaceId: string; connectionId: string; userId: string; providerJobId: string; trainingFileId: string },
): string {
  const id = `e2e-job-${randomBytes(8).toString("hex")}`;
  const now = prismaDateTime(new Date());
  db.prepare(
    `INSERT INTO "job" ("id", "workspaceId", "connectionId", "connectionName", "connectionKind", "providerJobId",
      "status", "baseModel", "method", "trainingFileId", "startedById", "startedByName", "createdAt", "nextSyncAt",
      "updatedAt")
     VALUES (?, ?, ?, 'Sandbox', 'sandbox', ?, 'validating_files', 'gpt-4o-mini-2024-07-18', 'supervised', ?, ?,
      (SELECT "name" FROM "user" WHERE "id" = ?), ?, ?, ?)`,
  ).run(
    id,
    job.workspaceId,
    job.connectionId,
    job.providerJobId,
    job.trainingFileId,
    job.userId,
    job.userId,
    now,
    now,
    now,
  );
  return id;
}

export type StoredJob = {
  id: string;
  status: string;
  external: number;
  startedById: string | null;
  eventCount: number;
  syncError: string | null;
  nextSyncAt: string;
};

export function findJob(db: Database.Database, connectionId: string, providerJobId: string) {
  return db
    .prepare(
      `SELECT "id", "status", "external", "startedById", "eventCount", "syncError", "nextSyncAt" FROM "job"
       WHERE "connectionId" = ? AND "providerJobId" = ?`,
    )
    .get(connectionId, providerJobId) as StoredJob | undefined;
}

export function storedEventIds(db: Database.Database, jobId: string): string[] {
  const rows = db.prepare(`SELECT "providerEventId" FROM "job_event" WHERE "jobId" = ? ORDER BY "seq"`).all(jobId);
  return (rows as { providerEventId: string }[]).map((row) => row.providerEventId);
}
