/** Inserts many examples at once (imports, duplicates, restored archives): one multi-row INSERT per batch. */
import "server-only";
import { insertRows } from "@/lib/db/insert-rows";
import type { Db } from "./datasets";
import type { PreparedExample } from "./example-data";

type ExampleRow = PreparedExample & { workspaceId: string; datasetId: string; position: number };

/** The example table's columns after its id, in the order insertRows binds them. */
export const EXAMPLE_COLUMNS = [
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
] as const;

/** New examples: revision 1, created now, each with a fresh id. */
export async function insertExampleRows(tx: Db, rows: readonly ExampleRow[]): Promise<void> {
  const now = new Date();
  await insertRows(
    tx,
    "dataset_example",
    EXAMPLE_COLUMNS,
    rows.map((row) => [
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
    ]),
    { withId: true },
  );
}
