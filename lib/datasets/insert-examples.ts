/** Inserts many examples at once (imports, duplicates): one multi-row INSERT per batch. */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "./datasets";
import type { PreparedExample } from "./example-data";

type ExampleRow = PreparedExample & { workspaceId: string; datasetId: string; position: number };

const COLUMNS = [
  "id",
  "workspaceId",
  "datasetId",
  "position",
  "data",
  "preview",
  "tokens",
  "issues",
  "errorCount",
  "warningCount",
  "revision",
  "createdAt",
  "updatedAt",
];

/**
 * Prisma's createMany costs about 0.25 ms a row here, ten times this statement: for 50 000 examples that is
 * the difference between holding the database's one write transaction for 12 s or for 1 s. The statement
 * is plain SQL with bound values, so it runs unchanged on Postgres.
 */
export async function insertExampleRows(tx: Db, rows: readonly ExampleRow[]): Promise<void> {
  if (rows.length === 0) return;
  const now = new Date();
  const values = rows.flatMap((row) => [
    randomUUID(),
    row.workspaceId,
    row.datasetId,
    row.position,
    row.data,
    row.preview,
    row.tokens,
    row.issues,
    row.errorCount,
    row.warningCount,
    1,
    now,
    now,
  ]);
  const head = `INSERT INTO "dataset_example" (${COLUMNS.map((column) => `"${column}"`).join(", ")}) VALUES (`;
  const between = rows.flatMap((_, index) => [
    ...Array<string>(COLUMNS.length - 1).fill(", "),
    index < rows.length - 1 ? "), (" : ")",
  ]);
  await tx.$executeRaw(template([head, ...between]), ...values);
}

/**
 * The strings of a tagged template, made at run time: `$executeRaw` binds each value as a parameter (with
 * the engine's own placeholder syntax) exactly as if the statement had been written out as a template.
 */
function template(strings: string[]): TemplateStringsArray {
  return Object.assign([...strings], { raw: [...strings] });
}
