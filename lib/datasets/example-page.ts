/**
 * The examples of a dataset one page at a time, searched and filtered on the server, so the editor shows
 * the first rows of 50 000 examples at once and fetches the others as the list scrolls to them.
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findDatasetOrThrow } from "./datasets";
import { EXAMPLE_FILTERS } from "./example-filters";
import { listDuplicateExampleIds } from "./report";

/** The most rows one request returns. */
const MAX_PAGE_SIZE = 500;

const exampleQuerySchema = z.object({
  filter: z.enum(EXAMPLE_FILTERS).default("all"),
  search: z.string().trim().max(200).default(""),
  minTokens: z.coerce.number().int().min(0).optional(),
  maxTokens: z.coerce.number().int().min(0).optional(),
});

type ExampleQuery = z.infer<typeof exampleQuerySchema>;
type DatasetRef = { workspaceId: string; datasetId: string };

// Stored issues are JSON; the code's quoted name only appears where a sensitive-data warning is.
const SENSITIVE = '"sensitiveData"';

const summaryFields = {
  id: true,
  position: true,
  preview: true,
  tokens: true,
  errorCount: true,
  warningCount: true,
} as const;

/** The query of the URL (?filter=…&search=…&minTokens=…&maxTokens=…); what is missing or empty means "any". */
export function parseExampleQuery(params: URLSearchParams): ExampleQuery {
  const entries = [...params].filter(([, value]) => value !== "");
  const parsed = exampleQuerySchema.safeParse(Object.fromEntries(entries));
  if (!parsed.success)
    throw new AppError("invalid_input", "Unknown filter", { fields: { filter: { code: "invalid" } } });
  return parsed.data;
}

function whereOf(ref: DatasetRef, query: ExampleQuery): Prisma.DatasetExampleWhereInput {
  const where: Prisma.DatasetExampleWhereInput = { datasetId: ref.datasetId, workspaceId: ref.workspaceId };
  if (query.filter === "errors") where.errorCount = { gt: 0 };
  if (query.filter === "warnings") where.warningCount = { gt: 0 };
  if (query.filter === "sensitive") where.issues = { contains: SENSITIVE };
  // SQLite's LIKE, which Prisma's `contains` becomes, ignores the case of ASCII letters.
  if (query.search) where.preview = { contains: query.search };
  if (query.minTokens !== undefined || query.maxTokens !== undefined) {
    where.tokens = { gte: query.minTokens, lte: query.maxTokens };
  }
  return where;
}

const isUnfiltered = (query: ExampleQuery) =>
  query.filter === "all" && !query.search && query.minTokens === undefined && query.maxTokens === undefined;

/**
 * The rows `offset` to `offset + limit` of the examples the query matches, in dataset order, with how many it
 * matches in all. Without a filter, row i is the example at position i + 1 (positions are gapless), read by
 * the position index; with one, SQLite skips the rows before `offset`.
 */
export async function listExamplePage(ref: DatasetRef & { query: ExampleQuery; offset: number; limit: number }) {
  const dataset = await findDatasetOrThrow(db, ref);
  const { query } = ref;
  const limit = Math.min(Math.max(1, ref.limit), MAX_PAGE_SIZE);
  const offset = Math.max(0, ref.offset);
  const where = whereOf(ref, query);
  if (query.filter === "duplicates") {
    const duplicates = await listDuplicateExampleIds(ref);
    // Only the ids are read for every match: the page's rows are read by id.
    const ids = (
      await db.datasetExample.findMany({ where, orderBy: { position: "asc" }, select: { id: true } })
    ).filter(({ id }) => duplicates.has(id));
    const pageIds = ids.slice(offset, offset + limit).map(({ id }) => id);
    const examples = await db.datasetExample.findMany({
      where: { id: { in: pageIds } },
      orderBy: { position: "asc" },
      select: summaryFields,
    });
    return { total: ids.length, offset, examples };
  }
  if (isUnfiltered(query)) {
    const examples = await db.datasetExample.findMany({
      where: { ...where, position: { gt: offset, lte: offset + limit } },
      orderBy: { position: "asc" },
      select: summaryFields,
    });
    return { total: dataset.exampleCount, offset, examples };
  }
  const [total, examples] = await Promise.all([
    db.datasetExample.count({ where }),
    db.datasetExample.findMany({
      where,
      orderBy: { position: "asc" },
      skip: offset,
      take: limit,
      select: summaryFields,
    }),
  ]);
  return { total, offset, examples };
}

/** How many examples each filter would show; the duplicates' count needs the dataset's analysis, so it has none. */
export async function countExampleFilters(ref: DatasetRef) {
  const dataset = await findDatasetOrThrow(db, ref);
  const sensitive = await db.datasetExample.count({
    where: { datasetId: dataset.id, workspaceId: ref.workspaceId, issues: { contains: SENSITIVE } },
  });
  return { all: dataset.exampleCount, errors: dataset.errorCount, warnings: dataset.warningCount, sensitive };
}
