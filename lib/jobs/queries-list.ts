/**
 * The workspace's job history: filtered, searched, sorted and paged in SQL so it stays fast with many
 * thousands of jobs, plus the values the filter menus offer.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { listPrices } from "@/lib/pricing/queries";
import { EXTERNAL_PERSON, JOB_PAGE_SIZE, type JobListQuery, type JobSort } from "./list";
import { JOB_STATUSES, type JobStatus } from "./status";
import type { FacetOption, JobFacets, JobListItem, JobListPage } from "./view";

const FROM = `FROM "job" j
  LEFT JOIN "dataset_version" tv ON tv."id" = j."trainingVersionId"
  LEFT JOIN "dataset" d ON d."id" = tv."datasetId"`;

const DURATION = `(julianday(j."finishedAt") - julianday(j."createdAt")) * 86400`;
/** A fine-tuned base model (ft:<base>:…) is priced like its base. */
const PRICED_MODEL = `CASE WHEN j."baseModel" LIKE 'ft:%'
  THEN substr(j."baseModel", 4, instr(substr(j."baseModel", 4), ':') - 1) ELSE j."baseModel" END`;
/** What the trained tokens cost at the workspace's price, or the estimate made when the job started. */
const COST = `CASE WHEN j."trainedTokens" IS NOT NULL AND p."training" IS NOT NULL
  THEN j."trainedTokens" * p."training" / 1000000.0 ELSE j."estimatedCost" END`;
const STATUS_RANK = `CASE j."status" ${JOB_STATUSES.map((status, index) => `WHEN '${status}' THEN ${index}`).join(" ")} END`;

const ORDER: Record<JobSort, string> = {
  created: `j."createdAt"`,
  finished: `j."finishedAt"`,
  duration: DURATION,
  cost: "cost",
  tokens: `j."trainedTokens"`,
  status: STATUS_RANK,
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function whereClause(workspaceId: string, query: JobListQuery) {
  const conditions = [`j."workspaceId" = ?`];
  const params: unknown[] = [workspaceId];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (query.status) add(`j."status" = ?`, query.status);
  if (query.connection) add(`j."connectionId" = ?`, query.connection);
  if (query.model) add(`j."baseModel" = ?`, query.model);
  if (query.person === EXTERNAL_PERSON) add(`j."external" = 1`);
  else if (query.person) add(`j."startedById" = ?`, query.person);
  if (query.dataset) add(`tv."datasetId" = ?`, query.dataset);
  if (query.q) {
    const pattern = likePattern(query.q);
    add(
      `(j."fineTunedModel" LIKE ? ESCAPE '\\' OR j."providerJobId" LIKE ? ESCAPE '\\' OR j."suffix" LIKE ? ESCAPE '\\'
        OR COALESCE(d."name", tv."datasetName") LIKE ? ESCAPE '\\')`,
      pattern,
      pattern,
      pattern,
      pattern,
    );
  }
  return { sql: `WHERE ${conditions.join(" AND ")}`, params };
}

/** The workspace's training prices as a SQL table, so cost can be sorted on. */
async function priceTable(workspaceId: string) {
  const prices = await listPrices(workspaceId);
  return {
    sql: `WITH price("model", "training") AS (VALUES ${prices.map(() => "(?, ?)").join(", ")})`,
    params: prices.flatMap((price) => [price.model, price.training]),
  };
}

type ListRow = { id: string; cost: number | null; duration: number | null };

export async function listJobs({
  workspaceId,
  query,
}: {
  workspaceId: string;
  query: JobListQuery;
}): Promise<JobListPage> {
  const where = whereClause(workspaceId, query);
  const prices = await priceTable(workspaceId);
  const direction = query.dir === "asc" ? "ASC" : "DESC";
  const [countRow] = await db.$queryRawUnsafe<{ total: number | bigint }[]>(
    `SELECT COUNT(*) AS total ${FROM} ${where.sql}`,
    ...where.params,
  );
  const total = Number(countRow?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / JOB_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.$queryRawUnsafe<ListRow[]>(
    `${prices.sql}
     SELECT j."id" AS id, ${COST} AS cost, ${DURATION} AS duration
     ${FROM} LEFT JOIN price p ON p."model" = ${PRICED_MODEL}
     ${where.sql}
     ORDER BY ${ORDER[query.sort]} ${direction} NULLS LAST, j."createdAt" DESC, j."id" DESC
     LIMIT ? OFFSET ?`,
    ...prices.params,
    ...where.params,
    JOB_PAGE_SIZE,
    (page - 1) * JOB_PAGE_SIZE,
  );
  const jobs = await db.job.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      status: true,
      baseModel: true,
      fineTunedModel: true,
      providerJobId: true,
      suffix: true,
      connectionName: true,
      external: true,
      createdAt: true,
      finishedAt: true,
      trainedTokens: true,
      trainingVersion: {
        select: { datasetId: true, datasetName: true, number: true, dataset: { select: { name: true } } },
      },
      startedBy: { select: { name: true } },
    },
  });
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const items = rows.flatMap((row): JobListItem[] => {
    const job = byId.get(row.id);
    if (!job) return [];
    const version = job.trainingVersion;
    return [
      {
        id: job.id,
        status: job.status as JobStatus,
        baseModel: job.baseModel,
        fineTunedModel: job.fineTunedModel,
        providerJobId: job.providerJobId,
        suffix: job.suffix,
        connectionName: job.connectionName,
        dataset: version && {
          datasetId: version.datasetId,
          name: version.dataset?.name ?? version.datasetName,
          number: version.number,
        },
        startedBy: job.startedBy?.name ?? null,
        external: job.external,
        createdAt: job.createdAt.toISOString(),
        finishedAt: job.finishedAt?.toISOString() ?? null,
        durationSeconds: row.duration === null ? null : Math.round(Number(row.duration)),
        trainedTokens: job.trainedTokens,
        cost: row.cost === null ? null : Number(row.cost),
      },
    ];
  });
  return { jobs: items, total, page, pageCount };
}

type FacetRow = { value: string | null; label: string | null; count: number | bigint };

async function facet(sql: string, workspaceId: string): Promise<FacetOption[]> {
  const rows = await db.$queryRawUnsafe<FacetRow[]>(sql, workspaceId);
  return rows.flatMap((row) =>
    row.value === null ? [] : [{ value: row.value, label: row.label ?? row.value, count: Number(row.count) }],
  );
}

/** The connections, base models, people and datasets the workspace's jobs have, for the filter menus. */
export async function listJobFacets(workspaceId: string): Promise<JobFacets> {
  const [connections, models, people, external, datasets] = await Promise.all([
    facet(
      `SELECT j."connectionId" AS value, MAX(j."connectionName") AS label, COUNT(*) AS count FROM "job" j
       WHERE j."workspaceId" = ? GROUP BY j."connectionId" ORDER BY label`,
      workspaceId,
    ),
    facet(
      `SELECT j."baseModel" AS value, j."baseModel" AS label, COUNT(*) AS count FROM "job" j
       WHERE j."workspaceId" = ? GROUP BY j."baseModel" ORDER BY label`,
      workspaceId,
    ),
    facet(
      `SELECT j."startedById" AS value, MAX(u."name") AS label, COUNT(*) AS count FROM "job" j
       JOIN "user" u ON u."id" = j."startedById"
       WHERE j."workspaceId" = ? GROUP BY j."startedById" ORDER BY label`,
      workspaceId,
    ),
    db.job.count({ where: { workspaceId, external: true } }),
    facet(
      `SELECT tv."datasetId" AS value, MAX(COALESCE(d."name", tv."datasetName")) AS label, COUNT(*) AS count ${FROM}
       WHERE j."workspaceId" = ? GROUP BY tv."datasetId" ORDER BY label`,
      workspaceId,
    ),
  ]);
  return {
    connections,
    models,
    people: external ? [...people, { value: EXTERNAL_PERSON, label: EXTERNAL_PERSON, count: external }] : people,
    datasets,
  };
}
