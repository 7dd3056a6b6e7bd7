/**
 * The workspace's job history: filtered, searched, sorted and paged in SQL so it stays fast with many
 * thousands of jobs, plus the values the filter menus offer.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { LIST_PRICES } from "@/lib/models/prices";
import { EXTERNAL_PERSON, JOB_PAGE_SIZE, type JobListQuery, type JobSort, NAMED_PERSON } from "./list";
import { JOB_STATUSES, type JobStatus } from "./status";
import type { FacetOption, JobFacets, JobListItem, JobListPage } from "./view";

const DATASET_JOIN = `LEFT JOIN "dataset_version" tv ON tv."id" = j."trainingVersionId"
  LEFT JOIN "dataset" d ON d."id" = tv."datasetId"`;

const DURATION = `(julianday(j."finishedAt") - julianday(j."createdAt")) * 86400`;
/** A fine-tuned base model (ft:<base>:…) is priced like its base. */
const pricedModel = (column: string) => `CASE WHEN ${column} LIKE 'ft:%'
  THEN substr(${column}, 4, instr(substr(${column}, 4), ':') - 1) ELSE ${column} END`;
/**
 * The training price of each base model the workspace's jobs use (its own price over the list price), as a
 * small table: priced once per model, not once per job. Takes the workspace id twice as parameters.
 */
const MODEL_TRAINING_PRICE = `WITH list_price("model", "training") AS (VALUES ${Object.entries(LIST_PRICES)
  .map(([model, price]) => `('${model.replaceAll("'", "''")}', ${Number(price.training)})`)
  .join(", ")}),
  model_training AS (
    SELECT m."baseModel" AS "model", COALESCE(mp."training", lp."training") AS "training"
    FROM (SELECT DISTINCT "baseModel" FROM "job" WHERE "workspaceId" = ?) m
    LEFT JOIN list_price lp ON lp."model" = ${pricedModel('m."baseModel"')}
    LEFT JOIN "model_price" mp ON mp."workspaceId" = ? AND mp."model" = ${pricedModel('m."baseModel"')}
  )`;
const PRICE_JOIN = `LEFT JOIN model_training mt ON mt."model" = j."baseModel"`;
/** What the trained tokens cost at the workspace's price, or the estimate made when the job started. */
const COST = `CASE WHEN j."trainedTokens" IS NOT NULL AND mt."training" IS NOT NULL
  THEN j."trainedTokens" * mt."training" / 1000000.0 ELSE j."estimatedCost" END`;
const STATUS_RANK = `CASE j."status" ${JOB_STATUSES.map((status, index) => `WHEN '${status}' THEN ${index}`).join(" ")} END`;

const ORDER: Record<Exclude<JobSort, "created">, string> = {
  finished: `j."finishedAt"`,
  duration: DURATION,
  cost: COST,
  tokens: `j."trainedTokens"`,
  status: STATUS_RANK,
};

/**
 * Ties go to the newer job, then to the later row. The default order reads straight off the
 * (workspaceId, createdAt) index, which holds the rowid too, so even a deep page skips rows without loading them.
 */
function orderBy(sort: JobSort, direction: "ASC" | "DESC") {
  if (sort === "created") return `j."createdAt" ${direction}, j.rowid ${direction}`;
  return `${ORDER[sort]} ${direction} NULLS LAST, j."createdAt" DESC, j.rowid DESC`;
}

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
  else if (query.person?.startsWith(NAMED_PERSON))
    add(`j."startedById" IS NULL AND j."startedByName" = ?`, query.person.slice(NAMED_PERSON.length));
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
  // The dataset tables are joined only when a filter needs them: counting stays an index scan.
  const joins = query.dataset || query.q ? DATASET_JOIN : "";
  return { sql: `${joins} WHERE ${conditions.join(" AND ")}`, params };
}

type ListRow = {
  id: string;
  status: string;
  baseModel: string;
  fineTunedModel: string | null;
  providerJobId: string;
  suffix: string | null;
  connectionName: string;
  external: number | boolean;
  createdAt: string | Date;
  finishedAt: string | Date | null;
  trainedTokens: number | bigint | null;
  startedBy: string | null;
  datasetId: string | null;
  datasetName: string | null;
  versionNumber: number | bigint | null;
  cost: number | null;
  duration: number | null;
};

const numberOrNull = (value: number | bigint | null) => (value === null ? null : Number(value));
const isoOrNull = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

function toListItem(row: ListRow): JobListItem {
  return {
    id: row.id,
    status: row.status as JobStatus,
    baseModel: row.baseModel,
    fineTunedModel: row.fineTunedModel,
    providerJobId: row.providerJobId,
    suffix: row.suffix,
    connectionName: row.connectionName,
    dataset:
      row.datasetName === null
        ? null
        : { datasetId: row.datasetId, name: row.datasetName, number: Number(row.versionNumber) },
    startedBy: row.startedBy,
    external: Boolean(row.external),
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: isoOrNull(row.finishedAt),
    durationSeconds: row.duration === null ? null : Math.round(Number(row.duration)),
    trainedTokens: numberOrNull(row.trainedTokens),
    cost: row.cost === null ? null : Number(row.cost),
  };
}

/**
 * One page of the workspace's jobs, in three small queries: the count, the page's ids in order (an index scan
 * that stops at the page for the default sort), and the page's rows with their names and cost.
 */
export async function listJobs({
  workspaceId,
  query,
}: {
  workspaceId: string;
  query: JobListQuery;
}): Promise<JobListPage> {
  const where = whereClause(workspaceId, query);
  const direction = query.dir === "asc" ? "ASC" : "DESC";
  const [countRow] = await db.$queryRawUnsafe<{ total: number | bigint }[]>(
    `SELECT COUNT(*) AS total FROM "job" j ${where.sql}`,
    ...where.params,
  );
  const total = Number(countRow?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / JOB_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const byCost = query.sort === "cost";
  const ids = await db.$queryRawUnsafe<{ id: string }[]>(
    `${byCost ? MODEL_TRAINING_PRICE : ""}
     SELECT j."id" AS id FROM "job" j ${byCost ? PRICE_JOIN : ""} ${where.sql}
     ORDER BY ${orderBy(query.sort, direction)}
     LIMIT ? OFFSET ?`,
    ...(byCost ? [workspaceId, workspaceId] : []),
    ...where.params,
    JOB_PAGE_SIZE,
    (page - 1) * JOB_PAGE_SIZE,
  );
  if (!ids.length) return { jobs: [], total, page, pageCount };
  const rows = await db.$queryRawUnsafe<ListRow[]>(
    `${MODEL_TRAINING_PRICE}
     SELECT j."id", j."status", j."baseModel", j."fineTunedModel", j."providerJobId", j."suffix", j."connectionName",
       j."external", j."createdAt", j."finishedAt", j."trainedTokens",
       COALESCE(u."name", j."startedByName") AS "startedBy",
       tv."datasetId" AS "datasetId", COALESCE(d."name", tv."datasetName") AS "datasetName", tv."number" AS "versionNumber",
       ${COST} AS cost, ${DURATION} AS duration
     FROM "job" j ${DATASET_JOIN} ${PRICE_JOIN}
       LEFT JOIN "user" u ON u."id" = j."startedById"
     WHERE j."id" IN (${ids.map(() => "?").join(", ")})`,
    workspaceId,
    workspaceId,
    ...ids.map((row) => row.id),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const jobs = ids.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [toListItem(row)] : [];
  });
  return { jobs, total, page, pageCount };
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
    // People with an account here by id; authors without one (their account deleted, or the jobs imported) by name.
    facet(
      `SELECT COALESCE(j."startedById", '${NAMED_PERSON}' || j."startedByName") AS value,
         COALESCE(MAX(u."name"), MAX(j."startedByName")) AS label, COUNT(*) AS count
       FROM "job" j LEFT JOIN "user" u ON u."id" = j."startedById"
       WHERE j."workspaceId" = ? GROUP BY value ORDER BY label`,
      workspaceId,
    ),
    db.job.count({ where: { workspaceId, external: true } }),
    facet(
      `SELECT tv."datasetId" AS value, MAX(COALESCE(d."name", tv."datasetName")) AS label, COUNT(*) AS count
       FROM "job" j ${DATASET_JOIN}
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
