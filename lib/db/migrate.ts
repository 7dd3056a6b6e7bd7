/**
 * Applies the SQL migrations in prisma/migrations to a SQLite database and records them in
 * Prisma's own `_prisma_migrations` table, so the result is an ordinary Prisma-migrated database.
 * (The Prisma CLI's native schema engine cannot be downloaded on offline machines.)
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(migrationsDir: string): Migration[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** The file path of a `file:` URL, relative paths resolved against the working directory. */
export function sqlitePath(databaseUrl: string): string {
  const file = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(file);
}

export function applyMigrations(options: { databaseUrl: string; migrationsDir: string }): string[] {
  const file = sqlitePath(options.databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 10000");
    sqlite.exec(HISTORY_TABLE);
    const done = new Map(
      sqlite
        .prepare<[], { migration_name: string; checksum: string; finished_at: string | null }>(
          `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
        )
        .all()
        .map((row) => [row.migration_name, row]),
    );
    const applied: string[] = [];
    for (const migration of readMigrations(options.migrationsDir)) {
      const previous = done.get(migration.name);
      if (previous?.finished_at) continue;
      if (previous) {
        throw new Error(
          `Migration ${migration.name} failed earlier; fix the database by hand, then mark it rolled back.`,
        );
      }
      // IMMEDIATE takes the write lock first, so two processes starting together cannot both apply it.
      sqlite
        .transaction(() => {
          const again = sqlite
            .prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ?`)
            .get(migration.name);
          if (again) return;
          sqlite.exec(migration.sql);
          sqlite
            .prepare(
              `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES (?, ?, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, 1)`,
            )
            .run(randomUUID(), migration.checksum, migration.name);
          applied.push(migration.name);
        })
        .immediate();
    }
    return applied;
  } finally {
    sqlite.close();
  }
}
