/** Seeds a workspace with one Sandbox connection straight into a database, for tests and benchmarks. */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { encryptSecret } from "../../lib/crypto.ts";

export type SandboxSeed = { jobSeconds?: number; failureRate?: number; failureStatus?: number; latencyMs?: number };

/** Prisma's SQLite adapter stores DateTime as ISO-8601 text with an explicit UTC offset. */
export const prismaDateTime = (date: Date) => date.toISOString().replace("Z", "+00:00");
const randomId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;

export function seedSandboxConnection(db: Database.Database, options: SandboxSeed = {}) {
  const token = `sbx-${randomBytes(24).toString("base64url")}`;
  const workspaceId = randomId("seed-ws-");
  const connectionId = randomId("seed-conn-");
  const now = prismaDateTime(new Date());
  db.transaction(() => {
    db.prepare(`INSERT INTO "workspace" ("id", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`).run(
      workspaceId,
      "Seeded Sandbox workspace",
      now,
      now,
    );
    db.prepare(
      `INSERT INTO "connection" ("id", "workspaceId", "kind", "name", "sandboxTokenHash", "sandboxJobSeconds",
        "sandboxFailureRate", "sandboxFailureStatus", "sandboxLatencyMs", "createdAt", "updatedAt")
       VALUES (?, ?, 'sandbox', 'Sandbox', ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      connectionId,
      workspaceId,
      createHash("sha256").update(token).digest("hex"),
      options.jobSeconds ?? 4,
      options.failureRate ?? 0,
      options.failureStatus ?? 429,
      options.latencyMs ?? 0,
      now,
      now,
    );
  }).immediate();
  return { token, workspaceId, connectionId };
}

/**
 * Holds a Sandbox connection's streamed chat answers after their first chunk (`held`), or lets them go on: a test
 * acts on an answer that is still streaming without racing the Sandbox's pace.
 */
export function holdSandboxStreams(db: Database.Database, connectionId: string, held: boolean) {
  db.prepare(`UPDATE "connection" SET "sandboxHoldStreams" = ? WHERE "id" = ?`).run(held ? 1 : 0, connectionId);
}

/** How long the workspace's Sandbox connection makes the jobs it starts from now on take. */
export function setSandboxJobSeconds(
  db: Database.Database,
  { workspaceId, jobSeconds }: { workspaceId: string; jobSeconds: number },
) {
  db.prepare(`UPDATE "connection" SET "sandboxJobSeconds" = ? WHERE "workspaceId" = ? AND "kind" = 'sandbox'`).run(
    jobSeconds,
    workspaceId,
  );
}

/**
 * Moves the clock of the workspace's Sandbox jobs on, as if `seconds` had passed: a test drives a job's pace
 * instead of waiting for it. The Sandbox works out a job's state from the moments in its history (its start, its
 * pauses and resumes, its cancellation), so each of them moves that much earlier; a paused job stays where it is.
 */
export function advanceSandboxJobs(
  db: Database.Database,
  { workspaceId, seconds }: { workspaceId: string; seconds: number },
) {
  const jobs = () =>
    db
      .prepare(
        `SELECT j."id", j."createdAt", j."pauses", j."cancelledAt" FROM "sandbox_job" j
       JOIN "connection" c ON c."id" = j."connectionId" WHERE c."workspaceId" = ?`,
      )
      .all(workspaceId) as { id: string; createdAt: string; pauses: string; cancelledAt: string | null }[];
  const earlier = (ms: number) => ms - seconds * 1000;
  const earlierDate = (text: string) => prismaDateTime(new Date(earlier(Date.parse(text))));
  const update = db.prepare(`UPDATE "sandbox_job" SET "createdAt" = ?, "pauses" = ?, "cancelledAt" = ? WHERE "id" = ?`);
  db.transaction(() => {
    for (const job of jobs()) {
      const pauses = (JSON.parse(job.pauses) as { pausedAt: number; resumedAt: number | null }[]).map((pause) => ({
        pausedAt: earlier(pause.pausedAt),
        resumedAt: pause.resumedAt === null ? null : earlier(pause.resumedAt),
      }));
      const cancelledAt = job.cancelledAt === null ? null : earlierDate(job.cancelledAt);
      update.run(earlierDate(job.createdAt), JSON.stringify(pauses), cancelledAt, job.id);
    }
  }).immediate();
}

/**
 * Gives the workspace's Sandbox connection a token the test knows (sealed with the server's secret in `dataDir`),
 * so a test can drive the same Sandbox account through the SDK that the app reaches through its connection.
 */
export function setKnownSandboxToken(
  db: Database.Database,
  { workspaceId, dataDir, jobSeconds }: { workspaceId: string; dataDir: string; jobSeconds: number },
) {
  const secret = fs.readFileSync(path.join(dataDir, "secret.key"), "utf8").trim();
  const token = `sbx-${randomBytes(24).toString("base64url")}`;
  const connection = db
    .prepare(`SELECT "id" FROM "connection" WHERE "workspaceId" = ? AND "kind" = 'sandbox' LIMIT 1`)
    .get(workspaceId) as { id: string } | undefined;
  if (!connection) throw new Error(`Workspace ${workspaceId} has no Sandbox connection`);
  db.prepare(
    `UPDATE "connection" SET "sandboxTokenHash" = ?, "apiKeyEncrypted" = ?, "sandboxJobSeconds" = ? WHERE "id" = ?`,
  ).run(createHash("sha256").update(token).digest("hex"), encryptSecret(token, secret), jobSeconds, connection.id);
  return { token, connectionId: connection.id };
}

export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  return db;
}
