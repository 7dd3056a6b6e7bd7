/**
 * What each archive entry may hold: its columns, and nothing else. The import builds every write from these parsed
 * values, so an archive can only ever set a column, never reach a relation. Rows are as export.ts writes them
 * (Prisma rows in JSON: dates as ISO strings, JSON columns as text); format 1 rows lack the authors' names.
 */
import { z } from "zod";
import { connectionKinds } from "@/lib/connections/kinds";
import { DATASET_KINDS } from "@/lib/datasets/example-data";
import { JOB_STATUSES } from "@/lib/jobs/status";
import { MAX_PRICE } from "@/lib/pricing/schema";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { importedConnectionUrl, importedWebhookUrl } from "./addresses";

const id = z.string().min(1).max(200);
const count = z.number().int().min(0);
const date = z.iso.datetime().transform((value) => new Date(value));
const text = z.string();
const optionalText = z.string().nullable();
/** The archive's id of a person (see people.json), and the name a format 2 row keeps. */
const authorId = id.nullable();
const authorName = z.string().nullable().optional();

function parsesAs(value: string, shape: z.ZodType): boolean {
  try {
    return shape.safeParse(JSON.parse(value)).success;
  } catch {
    return false;
  }
}

/** A column that holds JSON as text: it must parse and fit `shape`, and is stored as the archive wrote it. */
const jsonText = (shape: z.ZodType) => z.string().refine((value) => parsesAs(value, shape), "invalidJson");
const jsonObject = z.record(z.string(), z.unknown());

export const peopleSchema = z.array(z.strictObject({ id, name: text, email: z.string().min(1) }));

export const connectionsSchema = z.array(
  z.strictObject({
    id,
    kind: z.enum(connectionKinds),
    name: z.string().min(1),
    baseUrl: importedConnectionUrl,
    organization: optionalText,
    project: optionalText,
    endpoint: importedConnectionUrl,
    apiVersion: optionalText,
    createdAt: date,
  }),
);

const usdPerMillionTokens = z.number().min(0).max(MAX_PRICE);
export const pricesSchema = z.array(
  z.strictObject({
    model: z.string().min(1),
    training: usdPerMillionTokens,
    input: usdPerMillionTokens,
    cachedInput: usdPerMillionTokens,
    output: usdPerMillionTokens,
    updatedAt: date,
  }),
);

export const webhookSchema = z
  .strictObject({
    url: importedWebhookUrl,
    enabled: z.boolean(),
    events: jsonText(z.array(z.enum(WEBHOOK_EVENTS))),
  })
  .nullable();

export const datasetSchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(DATASET_KINDS),
  baseModel: z.string().min(1),
  revision: count,
  exampleCount: count,
  tokenCount: count,
  errorCount: count,
  warningCount: count,
  createdById: authorId,
  createdByName: authorName,
  updatedById: authorId,
  updatedByName: authorName,
  createdAt: date,
  updatedAt: date,
});

export const exampleSchema = z.strictObject({
  id,
  position: z.number().int().min(1),
  data: jsonText(jsonObject),
  preview: text,
  tokens: count,
  issues: jsonText(z.array(z.unknown())),
  errorCount: count,
  warningCount: count,
  revision: count,
  createdAt: date,
  updatedAt: date,
});

export const versionSchema = z.strictObject({
  id,
  datasetId: id.nullable(),
  datasetName: text,
  kind: z.enum(DATASET_KINDS),
  number: z.number().int().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  exampleCount: count,
  tokenCount: count,
  validationCount: count,
  validationRatio: z.number().min(0).max(1),
  splitSeed: z.number().int().nullable(),
  createdById: authorId,
  createdByName: authorName,
  createdAt: date,
});

export const jobSchema = z.strictObject({
  id,
  connectionId: id.nullable(),
  connectionName: text,
  connectionKind: text,
  providerJobId: text,
  status: z.enum(JOB_STATUSES),
  baseModel: text,
  method: text,
  trainingVersionId: id.nullable(),
  validationVersionId: id.nullable(),
  validationPart: optionalText,
  trainingFileId: text,
  trainingFileName: optionalText,
  validationFileId: optionalText,
  validationFileName: optionalText,
  hyperparameters: jsonText(jsonObject),
  requestedHyperparameters: jsonText(jsonObject).nullable(),
  suffix: optionalText,
  seed: z.number().int().nullable(),
  metadata: jsonText(jsonObject).nullable(),
  fineTunedModel: optionalText,
  trainedTokens: count.nullable(),
  exampleCount: count.nullable(),
  billedTokens: count.nullable(),
  estimatedCost: z.number().min(0).nullable(),
  error: jsonText(jsonObject).nullable(),
  resultFiles: jsonText(z.array(z.string())),
  estimatedFinishAt: date.nullable(),
  deploymentName: optionalText,
  startedById: authorId,
  startedByName: authorName,
  external: z.boolean(),
  createdAt: date,
  finishedAt: date.nullable(),
  syncedAt: date.nullable(),
  nextSyncAt: date,
  syncFailures: count,
  syncError: optionalText,
  eventCount: count,
  notifiedAt: date.nullable(),
  updatedAt: date,
});

/** Unix seconds, as providers report them. */
const unixSeconds = z.number().int();

export const eventSchema = z.strictObject({
  providerEventId: text,
  seq: z.number().int(),
  createdAt: unixSeconds,
  level: text,
  type: text,
  message: text,
  data: jsonText(z.unknown()).nullable(),
});

const metricValue = z.number().nullable();
export const metricSchema = z.strictObject({
  step: z.number().int(),
  trainLoss: metricValue,
  trainAccuracy: metricValue,
  validLoss: metricValue,
  validAccuracy: metricValue,
  fullValidLoss: metricValue,
  fullValidAccuracy: metricValue,
});

export const checkpointsSchema = z.array(
  z.strictObject({
    providerCheckpointId: text,
    step: z.number().int(),
    model: text,
    metrics: jsonText(jsonObject),
    createdAt: unixSeconds,
  }),
);

/** Only what the import rewrites is looked at: the columns' connections, which point at the imported ones. */
const storedChatState = z.looseObject({
  columns: z
    .array(z.looseObject({ model: z.looseObject({ connectionId: z.string().optional() }).nullable().optional() }))
    .optional(),
});

export const conversationSchema = z.strictObject({
  id,
  title: text,
  state: jsonText(storedChatState),
  createdById: authorId,
  createdByName: authorName,
  createdAt: date,
  updatedAt: date,
});
