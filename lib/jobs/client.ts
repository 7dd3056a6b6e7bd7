/**
 * How the browser reads the jobs pages' data: the query keys, the route URLs and a schema for each JSON answer,
 * checked against the types the route handlers return.
 */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { connectionKinds } from "@/lib/connections/kinds";
import { fetchJson } from "@/lib/http/fetch-json";
import { providerFailureSchema } from "@/lib/providers/failure-schema";
import type { ModelsResponse } from "./create/view";
import type { MetricPoint } from "./metric-point";
import { JOB_STATUSES } from "./status";
import {
  EVENT_LEVELS,
  type EventLevel,
  type JobDetail,
  type JobEventPage,
  type JobListPage,
  TIMELINE_STEPS,
} from "./view";

export const jobKeys = {
  all: ["jobs"] as const,
  list: (search: string) => ["jobs", "list", search] as const,
  detail: (jobId: string) => ["jobs", jobId] as const,
  events: (jobId: string, level: string) => ["jobs", jobId, "events", level] as const,
  metrics: (jobId: string) => ["jobs", jobId, "metrics"] as const,
  trainElsewhereTargets: (jobId: string) => ["jobs", jobId, "train-elsewhere-targets"] as const,
  models: (connectionId: string) => ["new-job", "models", connectionId] as const,
};

const nullableString = z.nullable(z.string());
const nullableNumber = z.nullable(z.number());
const connectionChoiceSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(connectionKinds) });

const jobListItemSchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  baseModel: z.string(),
  fineTunedModel: nullableString,
  providerJobId: z.string(),
  suffix: nullableString,
  connectionName: z.string(),
  dataset: z.nullable(z.object({ datasetId: nullableString, name: z.string(), number: z.number() })),
  startedBy: nullableString,
  external: z.boolean(),
  createdAt: z.string(),
  finishedAt: nullableString,
  durationSeconds: nullableNumber,
  trainedTokens: nullableNumber,
  cost: nullableNumber,
});

const jobListPageSchema = z.object({
  jobs: z.array(jobListItemSchema),
  total: z.number(),
  page: z.number(),
  pageCount: z.number(),
}) satisfies z.ZodMiniType<JobListPage>;

const hyperparameter = z.optional(z.union([z.number(), z.string()]));
const versionLinkSchema = z.object({
  versionId: z.string(),
  datasetId: nullableString,
  name: z.string(),
  number: z.number(),
});

const jobDetailSchema = z.extend(jobListItemSchema, {
  connectionId: nullableString,
  connectionKind: z.enum(connectionKinds),
  azureEndpoint: nullableString,
  method: z.string(),
  hyperparameters: z.object({
    n_epochs: hyperparameter,
    batch_size: hyperparameter,
    learning_rate_multiplier: hyperparameter,
    beta: hyperparameter,
  }),
  trainingFileId: z.string(),
  trainingFileName: nullableString,
  validationFileId: nullableString,
  validationFileName: nullableString,
  trainingVersion: z.nullable(versionLinkSchema),
  validationVersion: z.nullable(z.extend(versionLinkSchema, { part: nullableString })),
  seed: nullableNumber,
  exampleCount: nullableNumber,
  error: z.nullable(z.object({ code: z.string(), message: z.string(), param: nullableString })),
  resultFiles: z.array(z.string()),
  estimatedFinishAt: nullableString,
  deploymentName: nullableString,
  syncedAt: nullableString,
  syncError: nullableString,
  eventCount: z.number(),
  currentStep: nullableNumber,
  totalSteps: nullableNumber,
  timeline: z.array(
    z.object({
      key: z.enum(TIMELINE_STEPS),
      at: nullableString,
      state: z.enum(["done", "current", "upcoming", "skipped"]),
    }),
  ),
  checkpoints: z.array(
    z.object({
      id: z.string(),
      step: z.number(),
      model: z.string(),
      metrics: z.record(z.string(), z.number()),
      createdAt: z.number(),
    }),
  ),
}) satisfies z.ZodMiniType<JobDetail>;

const jobEventPageSchema = z.object({
  events: z.array(
    z.object({
      seq: z.number(),
      createdAt: z.number(),
      level: z.enum(EVENT_LEVELS),
      type: z.string(),
      message: z.string(),
    }),
  ),
  hasMore: z.boolean(),
  throughSeq: z.number(),
}) satisfies z.ZodMiniType<JobEventPage>;

const metricPointSchema = z.object({
  step: z.number(),
  trainLoss: nullableNumber,
  trainAccuracy: nullableNumber,
  validLoss: nullableNumber,
  validAccuracy: nullableNumber,
  fullValidLoss: nullableNumber,
  fullValidAccuracy: nullableNumber,
}) satisfies z.ZodMiniType<MetricPoint>;

export type MetricsPage = { points: MetricPoint[]; hasMore: boolean };
const metricsPageSchema = z.object({ points: z.array(metricPointSchema), hasMore: z.boolean() });

const modelsResponseSchema = z.object({
  models: z.array(z.object({ id: z.string(), group: z.enum(["base", "fineTuned", "other"]) })),
  failure: z.nullable(providerFailureSchema),
}) satisfies z.ZodMiniType<ModelsResponse>;

/** The job list for the URL's filters, sort and page (`search`: the list's query string). */
export const jobListQueryOptions = (search: string) =>
  queryOptions({ queryKey: jobKeys.list(search), queryFn: () => fetchJson(`/api/jobs?${search}`, jobListPageSchema) });

export const jobDetailQueryOptions = (jobId: string) =>
  queryOptions({ queryKey: jobKeys.detail(jobId), queryFn: () => fetchJson(`/api/jobs/${jobId}`, jobDetailSchema) });

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
    return eventsAsPage(await fetchJson(`/api/jobs/${jobId}/events?${query}`, jobEventPageSchema));
  },
});

export const jobMetricsFeed = (jobId: string) => ({
  queryKey: jobKeys.metrics(jobId),
  fetchPage: async (afterStep: number) =>
    metricsAsPage(await fetchJson(`/api/jobs/${jobId}/metrics?afterStep=${afterStep}`, metricsPageSchema)),
});

/** The connections a job's data may be trained on elsewhere. */
export const trainElsewhereTargetsQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: jobKeys.trainElsewhereTargets(jobId),
    queryFn: () => fetchJson(`/api/jobs/${jobId}/train-elsewhere-targets`, z.array(connectionChoiceSchema)),
    // A refusal (no longer allowed, the job gone) is shown at once, and each opening reads afresh.
    retry: false,
    staleTime: 0,
  });

/** The models a connection can fine-tune, for the new-job form. */
export const baseModelsQueryOptions = (connectionId: string) =>
  queryOptions({
    queryKey: jobKeys.models(connectionId),
    queryFn: () => fetchJson(`/jobs/new/models?${new URLSearchParams({ connectionId })}`, modelsResponseSchema),
  });

/** Where the new-job form uploads a chosen file (the raw body) for the connection. */
export const jobFileUploadUrl = (options: {
  connectionId: string;
  purpose: "training" | "validation";
  filename: string;
}) => `/jobs/new/files?${new URLSearchParams(options)}`;

export const jobFileUploadSchema = z.object({ fileId: z.string().check(z.minLength(1)) });

/** A result file's download link. */
export const jobResultFileUrl = (jobId: string, fileId: string) => `/api/jobs/${jobId}/result-files/${fileId}`;
