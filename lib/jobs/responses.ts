/** The jobs pages' JSON answers as zod schemas, checked against the types the route handlers return; loaded on demand. */
import { z } from "zod/mini";
import { connectionKinds } from "@/lib/connections/kinds";
import { providerFailureSchema } from "@/lib/providers/failure-schema";
import type { MetricsPage } from "./client";
import type { ModelsResponse } from "./create/view";
import type { MetricPoint } from "./metric-point";
import { JOB_STATUSES } from "./status";
import { EVENT_LEVELS, type JobDetail, type JobEventPage, type JobListPage, TIMELINE_STEPS } from "./view";

const nullableString = z.nullable(z.string());
const nullableNumber = z.nullable(z.number());
export const connectionChoiceSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(connectionKinds) });

export const jobListItemSchema = z.object({
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

export const jobListPageSchema = z.object({
  jobs: z.array(jobListItemSchema),
  total: z.number(),
  page: z.number(),
  pageCount: z.number(),
}) satisfies z.ZodMiniType<JobListPage>;

const hyperparameter = z.optional(z.union([z.number(), z.string()]));
export const versionLinkSchema = z.object({
  versionId: z.string(),
  datasetId: nullableString,
  name: z.string(),
  number: z.number(),
});

export const jobDetailSchema = z.extend(jobListItemSchema, {
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

export const jobEventPageSchema = z.object({
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

export const metricPointSchema = z.object({
  step: z.number(),
  trainLoss: nullableNumber,
  trainAccuracy: nullableNumber,
  validLoss: nullableNumber,
  validAccuracy: nullableNumber,
  fullValidLoss: nullableNumber,
  fullValidAccuracy: nullableNumber,
}) satisfies z.ZodMiniType<MetricPoint>;

export const metricsPageSchema = z.object({
  points: z.array(metricPointSchema),
  hasMore: z.boolean(),
}) satisfies z.ZodMiniType<MetricsPage>;

export const modelsResponseSchema = z.object({
  models: z.array(z.object({ id: z.string(), group: z.enum(["base", "fineTuned", "other"]) })),
  failure: z.nullable(providerFailureSchema),
}) satisfies z.ZodMiniType<ModelsResponse>;

export const trainElsewhereTargetsSchema = z.array(connectionChoiceSchema);

export const jobFileUploadSchema = z.object({ fileId: z.string().check(z.minLength(1)) });
