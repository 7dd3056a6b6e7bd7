/**
 * The second pass of an import: inserts the examples of a spool file (spool.ts) after the dataset's last one
 * and updates its counts, all or nothing. It runs in the import's worker thread (spool-worker.ts), on a
 * connection of its own (lib/db/sqlite.ts), so waiting for the database's write lock holds up nobody else.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import { sqliteDate, sqliteWriteTransaction } from "@/lib/db/sqlite";
import { AppError } from "@/lib/errors";
import type { PreparedExample } from "../example-data";
import { fileError } from "./file-error";
import type { SpoolSummary } from "./spool";

const INSERT_BATCH = 500;

/** Where the examples go: the database file, and the dataset with who imports into it. */
export type InsertTarget = { database: string; workspaceId: string; datasetId: string; userId: string };

/**
 * One transaction on the plain SQLite connection: prepared statements, rows read from the spool file a batch
 * at a time, so memory stays flat however large the file (Prisma's interactive transaction grew with every row).
 */
export function insertSpooled(target: InsertTarget, spool: string, summary: SpoolSummary): Promise<void> {
  const { database, workspaceId, userId, datasetId } = target;
  return sqliteWriteTransaction(database, async (sqlite) => {
    // Checked again here: another import may have filled the dataset with the other kind meanwhile.
    const dataset = sqlite
      .prepare<[string, string], { kind: string; exampleCount: number; last: number | null }>(
        `SELECT "kind", "exampleCount", (SELECT MAX("position") FROM "dataset_example" WHERE "datasetId" = d."id") AS "last"
         FROM "dataset" d WHERE d."id" = ? AND d."workspaceId" = ?`,
      )
      .get(datasetId, workspaceId);
    if (!dataset) throw new AppError("not_found", "This dataset does not exist");
    if (dataset.exampleCount > 0 && dataset.kind !== summary.kind) {
      throw fileError("kindMismatch", { format: summary.format, kind: dataset.kind });
    }
    const now = sqliteDate(new Date());
    const insert = sqlite.prepare(
      `INSERT INTO "dataset_example" ("id", "workspaceId", "datasetId", "position", "data", "preview", "tokens",
         "issues", "errorCount", "warningCount", "revision", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    let position = dataset.last ?? 0;
    let batch: PreparedExample[] = [];
    const insertBatch = () => {
      for (const row of batch) {
        position += 1;
        insert.run(
          randomUUID(),
          workspaceId,
          datasetId,
          position,
          row.data,
          row.preview,
          row.tokens,
          row.issues,
          row.errorCount,
          row.warningCount,
          now,
          now,
        );
      }
      batch = [];
    };
    const lines = readline.createInterface({ input: fs.createReadStream(spool), crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      batch.push(JSON.parse(line) as PreparedExample);
      if (batch.length === INSERT_BATCH) insertBatch();
    }
    insertBatch();
    sqlite
      .prepare(
        `UPDATE "dataset" SET "kind" = ?, "revision" = "revision" + 1, "updatedById" = ?,
           "updatedByName" = (SELECT "name" FROM "user" WHERE "id" = ?), "updatedAt" = ?,
           "exampleCount" = "exampleCount" + ?, "tokenCount" = "tokenCount" + ?,
           "errorCount" = "errorCount" + ?, "warningCount" = "warningCount" + ?
         WHERE "id" = ?`,
      )
      .run(
        summary.kind,
        userId,
        userId,
        now,
        summary.examples,
        summary.tokens,
        summary.withErrors,
        summary.withWarnings,
        datasetId,
      );
  });
}
