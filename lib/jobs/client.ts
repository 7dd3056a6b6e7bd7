/**
 * How the browser reads the jobs pages' data: the query keys, the route URLs and a schema for each JSON answer,
 * checked against the types the route handlers return.
 */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";
import type { MetricPoint } from "./metric-point";
import type { EventLevel, JobEventPage } from "./view";

export const jobKeys = {
  all: ["jobs"] as const,
  list: (search: string) => ["jobs", "list", search] as const,
  detail: (jobId: string) => ["jobs", jobId] as const,
  events: (jobId: string, level: string) => ["jobs", jobId, "events", level] as const,
  metrics: (jobId: string) => ["jobs", jobId, "metrics"] as const,
  trainElsewhereTargets: (jobId: string) => ["jobs", jobId, "train-elsewhere-targets"] as const,
  models: (connectionId: string) => ["new-job", "models", connectionId] as const,
};

export type MetricsPage = { points: MetricPoint[]; hasMore: boolean };

const responses = () => import("./responses");

/** The job list for the URL's filters, sort and page (`search`: the list's query string). */
export const jobListQueryOptions = (search: string) =>
  queryOptions({
    queryKey: jobKeys.list(search),
    queryFn: () => fetchJson(`/api/jobs?${search}`, () => responses().then((m) => m.jobListPageSchema)),
  });

export const jobDetailQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: jobKeys.detail(jobId),
    queryFn: () => fetchJson(`/api/jobs/${jobId}`, () => responses().then((m) => m.jobDetailSchema)),
  });

/** A list that only grows, read from where the held items end (`cursor`, 0 for the start). */
export type AppendingPage<Item> = { items: Item[]; hasMore: boolean; cursor: number };
export type AppendingFeed<Item> = {
  queryKey: readonly unknown[];
  fetchPage: (cursor: number) => Promise<AppendingPage<Item>>;
};

export const eventsAsPage = (page: JobEventPage) => ({
  items: page.events,
  hasMore: page.hasMore,
  cursor: page.throughSeq,
});
export const metricsAsPage = (page: MetricsPage) => ({
  items: page.points,
  hasMore: page.hasMore,
  cursor: page.points.at(-1)?.step ?? 0,
});

export const jobEventsFeed = (jobId: string, level: EventLevel | "all") => ({
  queryKey: jobKeys.events(jobId, level),
  fetchPage: async (afterSeq: number) => {
    const query = new URLSearchParams({ afterSeq: String(afterSeq), ...(level === "all" ? {} : { level }) });
    return eventsAsPage(
      await fetchJson(`/api/jobs/${jobId}/events?${query}`, () => responses().then((m) => m.jobEventPageSchema)),
    );
  },
});

export const jobMetricsFeed = (jobId: string) => ({
  queryKey: jobKeys.metrics(jobId),
  fetchPage: async (afterStep: number) =>
    metricsAsPage(
      await fetchJson(`/api/jobs/${jobId}/metrics?afterStep=${afterStep}`, () =>
        responses().then((m) => m.metricsPageSchema),
      ),
    ),
});

/** The connections a job's data may be trained on elsewhere. */
export const trainElsewhereTargetsQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: jobKeys.trainElsewhereTargets(jobId),
    queryFn: () =>
      fetchJson(`/api/jobs/${jobId}/train-elsewhere-targets`, () =>
        responses().then((m) => m.trainElsewhereTargetsSchema),
      ),
    // A refusal (no longer allowed, the job gone) is shown at once, and each opening reads afresh.
    retry: false,
    staleTime: 0,
  });

/** The models a connection can fine-tune, for the new-job form. */
export const baseModelsQueryOptions = (connectionId: string) =>
  queryOptions({
    queryKey: jobKeys.models(connectionId),
    queryFn: () =>
      fetchJson(`/jobs/new/models?${new URLSearchParams({ connectionId })}`, () =>
        responses().then((m) => m.modelsResponseSchema),
      ),
  });

/** Where the new-job form uploads a chosen file (the raw body) for the connection. */
export const jobFileUploadUrl = (options: {
  connectionId: string;
  purpose: "training" | "validation";
  filename: string;
}) => `/jobs/new/files?${new URLSearchParams(options)}`;

/** The uploaded file's id, from the upload's answer. */
export const parseJobFileUpload = async (body: unknown) => (await responses()).jobFileUploadSchema.parse(body);

/** A result file's download link. */
export const jobResultFileUrl = (jobId: string, fileId: string) => `/api/jobs/${jobId}/result-files/${fileId}`;
