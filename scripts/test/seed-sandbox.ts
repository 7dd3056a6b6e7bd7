/** Seeds a workspace with one Sandbox connection straight into a database, for tests and benchmarks. */
import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";

export type SandboxSeed = { jobSeconds?: number; failureRate?: number; failureStatus?: number; latencyMs?: number };

/** Prisma's SQLite adapter stores DateTime as ISO-8601 text with an explicit UTC offset. */
const prismaDateTime = (date: Date) => date.toISOString().replace("Z", "+00:00");
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

export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  return db;
}
