/** The jobs list's filters, sort and page, as they live in the URL so a view can be shared as a link. */
import { z } from "zod";
import { JOB_STATUSES } from "./status";

export const JOB_SORTS = ["created", "finished", "duration", "cost", "tokens", "status"] as const;
export type JobSort = (typeof JOB_SORTS)[number];

export const JOB_PAGE_SIZE = 25;

/**
 * `person` is a user id, EXTERNAL_PERSON for jobs started outside the app, or NAMED_PERSON + a name for
 * someone without an account here (deleted since, or the jobs were imported from another installation).
 */
export const EXTERNAL_PERSON = "external";
export const NAMED_PERSON = "name:";

const text = z.string().trim().max(200).optional().catch(undefined);

const jobListQuerySchema = z.object({
  status: z.enum(JOB_STATUSES).optional().catch(undefined),
  connection: text,
  model: text,
  person: text,
  dataset: text,
  q: text,
  sort: z.enum(JOB_SORTS).catch("created"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type JobListQuery = z.output<typeof jobListQuerySchema>;
export type JobListFilter = "status" | "connection" | "model" | "person" | "dataset" | "q";

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Reads a query from URL search params; anything unknown or malformed falls back to the default view. */
export function parseJobListQuery(params: SearchParams): JobListQuery {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params)
      : Object.fromEntries(
          Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
        );
  const clean = Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined && value !== ""));
  return jobListQuerySchema.parse(clean);
}

/** The URL search params of a query, leaving defaults out so links stay short. */
export function jobListSearchParams(query: JobListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["status", "connection", "model", "person", "dataset", "q"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== "created") params.set("sort", query.sort);
  if (query.dir !== "desc") params.set("dir", query.dir);
  if (query.page !== 1) params.set("page", String(query.page));
  return params;
}

/** Whether any filter or search narrows the list (for an empty list: "no matches" rather than "no jobs yet"). */
export function isFiltered(query: JobListQuery): boolean {
  return Boolean(query.status || query.connection || query.model || query.person || query.dataset || query.q);
}
