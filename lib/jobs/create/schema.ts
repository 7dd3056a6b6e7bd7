/** What the new-job form sends: the choices of a fine-tuning job, checked the way OpenAI checks them. */
import { z } from "zod";
import { HYPERPARAMETER_RANGES, type HyperparameterRange, isInRange } from "@/lib/models/hyperparameters";
import { MAX_METADATA_PAIRS } from "./limits";

const id = z.string().min(1).max(200);

/** A number in the range, named by its message code. */
function inRange(code: string, range: HyperparameterRange) {
  return z.number().refine((value) => isInRange(value, range), code);
}

const autoOr = (schema: z.ZodType<number>) => z.union([z.literal("auto"), schema]);

const hyperparametersSchema = z.object({
  n_epochs: autoOr(inRange("epochsRange", HYPERPARAMETER_RANGES.n_epochs)),
  batch_size: autoOr(inRange("batchSizeRange", HYPERPARAMETER_RANGES.batch_size)),
  learning_rate_multiplier: autoOr(inRange("learningRateRange", HYPERPARAMETER_RANGES.learning_rate_multiplier)),
  beta: autoOr(inRange("betaRange", HYPERPARAMETER_RANGES.beta)).optional(),
});

const methodSchema = z.enum(["supervised", "dpo"]);

/** A file chosen on the form: what the browser counted while checking it, and once uploaded its ProviderFile row. */
const uploadedFile = { fileId: id.optional(), filename: z.string().trim().min(1).max(255) };

const trainingSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("version"), versionId: id }),
  z.object({
    source: z.literal("file"),
    ...uploadedFile,
    method: methodSchema,
    examples: z.number().int().min(0),
    billingTokens: z.number().int().min(0),
  }),
]);

const validationSchema = z.discriminatedUnion("source", [
  /** The training version's own validation part. */
  z.object({ source: z.literal("split") }),
  /** Another version's training part. */
  z.object({ source: z.literal("version"), versionId: id }),
  z.object({ source: z.literal("file"), ...uploadedFile }),
  z.object({ source: z.literal("none") }),
]);

const metadataSchema = z
  .array(z.object({ key: z.string().trim().min(1).max(64), value: z.string().max(512) }))
  .max(MAX_METADATA_PAIRS)
  .superRefine((rows, context) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row.key)) context.addIssue({ code: "custom", message: "duplicateKey", path: [index, "key"] });
      seen.add(row.key);
    });
  });

/**
 * Everything the form holds. The review takes it before any file is uploaded; creating needs the uploaded
 * files' ids as well (see `uploadedFileIds`).
 */
export const jobFormSchema = z.object({
  connectionId: id,
  model: z.string().trim().min(1).max(200),
  training: trainingSchema,
  validation: validationSchema,
  hyperparameters: hyperparametersSchema,
  // OpenAI takes up to 64 characters (Azure 40, checked with the connection); they become part of the model name.
  suffix: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-zA-Z0-9_-]*$/, "invalidSuffix")
    .transform((value) => value || null),
  seed: inRange("seedRange", { min: 0, max: 2_147_483_647, integer: true, exclusiveMin: false }).nullable(),
  metadata: metadataSchema,
  /** The person saw the sensitive-data warning and sends the data anyway. */
  sendSensitiveData: z.boolean(),
});

export type JobFormInput = z.input<typeof jobFormSchema>;
export type JobForm = z.output<typeof jobFormSchema>;
export type JobMethod = z.output<typeof methodSchema>;
