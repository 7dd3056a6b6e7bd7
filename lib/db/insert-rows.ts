/** Many rows in one multi-row INSERT per batch: Prisma's createMany costs about ten times as much a row. */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Value = string | number | boolean | Date | null;

/** SQLite binds at most 32 766 values in one statement; a batch stays well below. */
const MAX_VALUES = 16_000;

/**
 * Inserts `rows` into `table` (a fixed table name of this module's callers, never input), each row's values in
 * the order of `columns`. With `withId`, every row gets a fresh id as its first column.
 */
export async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  columns: readonly string[],
  rows: readonly Value[][],
  options: { withId?: boolean } = {},
): Promise<void> {
  const names = options.withId ? ["id", ...columns] : [...columns];
  const perBatch = Math.max(1, Math.floor(MAX_VALUES / names.length));
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const values = batch.flatMap((row) => (options.withId ? [randomUUID(), ...row] : row));
    const head = `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) VALUES (`;
    const between = batch.flatMap((_, index) => [
      ...Array<string>(names.length - 1).fill(", "),
      index < batch.length - 1 ? "), (" : ")",
    ]);
    await tx.$executeRaw(template([head, ...between]), ...values);
  }
}

/** The strings of a tagged template made at run time, so `$executeRaw` binds every value as a parameter. */
function template(strings: string[]): TemplateStringsArray {
  return Object.assign([...strings], { raw: [...strings] });
}
