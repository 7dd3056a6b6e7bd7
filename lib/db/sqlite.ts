/**
 * A plain better-sqlite3 connection to the app's database, for the few writes too large for Prisma's
 * transactions (an import of a 1 GB file): prepared statements in one transaction of our own, whose memory
 * does not grow with the rows written. Everything else goes through lib/db/client.ts.
 */
import "server-only";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { sqlitePath } from "./migrate";

type Sqlite = Database.Database;

const globalForSqlite = globalThis as unknown as { sqlite?: Sqlite; sqliteQueue?: Promise<unknown> };

function connection(): Sqlite {
  if (!globalForSqlite.sqlite) {
    const sqlite = new Database(sqlitePath(getEnv().DATABASE_URL));
    sqlite.pragma("journal_mode = WAL");
    // Prisma's connection may be writing when ours starts; it waits for that rather than failing.
    sqlite.pragma("busy_timeout = 15000");
    globalForSqlite.sqlite = sqlite;
  }
  return globalForSqlite.sqlite;
}

/** SQLite's text form of a date, as Prisma's adapter writes it (ISO 8601, "+00:00" for UTC). */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * Runs `work` in a write transaction (BEGIN IMMEDIATE) on the plain connection: committed when it returns,
 * rolled back when it throws. `work` may await between statements (to read the next rows from disk); such
 * transactions run one after another, since they share the one connection.
 */
export function sqliteWriteTransaction<T>(work: (sqlite: Sqlite) => Promise<T>): Promise<T> {
  const run = async () => {
    const sqlite = connection();
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(sqlite);
      sqlite.exec("COMMIT");
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
  };
  const result = (globalForSqlite.sqliteQueue ?? Promise.resolve()).then(run, run);
  globalForSqlite.sqliteQueue = result.catch(() => undefined);
  return result;
}
