/** The REST API's inputs, as zod schemas: the routes parse with them and the OpenAPI document is made from them. */
import { z } from "zod";
import { chatParamsSchema } from "@/lib/chat/schema";
import { datasetNameSchema, freezeVersionSchema } from "@/lib/datasets/schema";
import type { JobFormInput } from "@/lib/jobs/create/schema";
import { HYPERPARAMETER_RANGES } from "@/lib/models/hyperparameters";
import { modelIdSchema } from "@/lib/providers/model-id";

export const createDatasetBodySchema = datasetNameSchema.meta({ description: "A new, empty dataset" });

export const importQuerySchema = z.object({
  filename: z.string().trim().min(1).max(255).default("upload.jsonl").meta({
    description: "Names the upload; .jsonl (chat, DPO or prompt/completion examples, one JSON object a line)",
  }),
});

export const freezeBodySchema = freezeVersionSchema.omit({ datasetId: true });

const auto = (range: { min: number; max: number }) =>
  z.union([z.literal("auto"), z.number().min(range.min).max(range.max)]).default("auto");

export const createJobBodySchema = z.object({
  connectionId: z.string().min(1),
  model: z.string().trim().min(1).max(200).meta({ description: "Base model, e.g. gpt-4.1-mini-2025-04-14" }),
  versionId: z.string().min(1).meta({ description: "The frozen dataset version to train on" }),
  validation: z
    .union([z.enum(["auto", "split", "none"]), z.object({ versionId: z.string().min(1) })])
    .default("auto")
    .meta({ description: '"auto": the version\'s own validation part when it has one, else none' }),
  hyperparameters: z
    .object({
      n_epochs: auto(HYPERPARAMETER_RANGES.n_epochs),
      batch_size: auto(HYPERPARAMETER_RANGES.batch_size),
      learning_rate_multiplier: auto({ min: 0, max: HYPERPARAMETER_RANGES.learning_rate_multiplier.max }),
      beta: auto({ min: 0, max: HYPERPARAMETER_RANGES.beta.max }).optional(),
    })
    .default({ n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto" }),
  suffix: z.string().max(64).default(""),
  seed: z.number().int().min(0).max(2_147_483_647).nullable().default(null),
  metadata: z.record(z.string().max(64), z.string().max(512)).default({}),
  sendSensitiveData: z
    .boolean()
    .default(false)
    .meta({ description: "Required true when the data holds e-mail addresses, phone numbers or similar" }),
});

/**
 * The new-job form's input for the same choices, so both go through the same checks and createJob.
 * `hasSplit`: whether the training version has a validation part (what "auto" picks).
 */
export function jobFormInputOf(body: z.output<typeof createJobBodySchema>, hasSplit: boolean): JobFormInput {
  const validation = body.validation === "auto" ? (hasSplit ? "split" : "none") : body.validation;
  return {
    connectionId: body.connectionId,
    model: body.model,
    training: { source: "version", versionId: body.versionId },
    validation:
      typeof validation === "object" ? { source: "version", versionId: validation.versionId } : { source: validation },
    hyperparameters: body.hyperparameters,
    suffix: body.suffix,
    seed: body.seed,
    metadata: Object.entries(body.metadata).map(([key, value]) => ({ key, value })),
    sendSensitiveData: body.sendSensitiveData,
  };
}

export const jobListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  status: z.string().optional().meta({ description: "One status, e.g. running" }),
});

export const afterQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0).meta({ description: "Only items after this seq / step" }),
});

const { systemPrompt: _system, ...tuning } = chatParamsSchema.shape;

export const chatCompletionBodySchema = z.object({
  connectionId: z.string().min(1),
  model: modelIdSchema,
  messages: z
    .array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string().max(100_000) }))
    .min(1)
    .max(500),
  temperature: tuning.temperature.default(null),
  top_p: tuning.topP.default(null),
  max_tokens: tuning.maxTokens.default(null),
  seed: tuning.seed.default(null),
  stream: z.boolean().default(false).meta({
    description: "Server-Sent Events: delta, then done (or error, with the error object of a failed request)",
  }),
});

export const createDatasetQuerySchema = importQuerySchema.extend({ name: datasetNameSchema.shape.name });
