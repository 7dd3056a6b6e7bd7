/**
 * A plain better-sqlite3 connection to the app's database, for the few writes too large for Prisma's
 * transactions (an import of a 1 GB file): prepared statements in one transaction of our own, whose memory
 * does not grow with the rows written. Everything else goes through lib/db/client.ts.
 *
 * Only a worker thread opens it (the import's, lib/datasets/import/spool-worker.ts), never the server's main
 * thread, where Prisma's connection lives. better-sqlite3 waits for SQLite's write lock synchronously, and
 * both connections' transactions await between statements: on one thread, each connection's wait for the
 * other's lock stopped the very event loop the other needed to finish, so the whole server stood still until
 * the wait gave up with "database is locked". A thread of its own waits without holding anyone up.
 */
import Database from "better-sqlite3";

type Sqlite = Database.Database;

/**
 * How long a transaction here waits for the write lock: Prisma's transactions hold it for moments, another
 * import's insert (1 GB of examples) for a minute or so. Waiting costs the worker thread, nothing else.
 */
const LOCK_WAIT_MS = 10 * 60_000;

/** SQLite's text form of a date, as Prisma's adapter writes it (ISO 8601, "+00:00" for UTC). */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * Runs `work` in a write transaction (BEGIN IMMEDIATE) on a connection of its own to the database file:
 * committed when it returns, rolled back when it throws. `work` may await between statements (to read the
 * next rows from disk).
 */
export async function sqliteWriteTransaction<T>(file: string, work: (sqlite: Sqlite) => Promise<T>): Promise<T> {
  const sqlite = new Database(file, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(sqlite);
      sqlite.exec("COMMIT");
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
  } finally {
    sqlite.close();
  }
}
