import { z } from "zod";
import { refineOutboundUrl } from "@/lib/outbound/check";
import { SANDBOX_FAILURE_STATUSES, SANDBOX_JOB_DURATIONS } from "./kinds";

const name = z.string().trim().min(1).max(80);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);
/** A provider address: http(s), and not one the outbound guard refuses (checked again at every request); connections an archive brings are checked with it too. */
export const connectionUrlSchema = z.string().trim().max(500).superRefine(refineOutboundUrl("invalidUrl"));
const optionalUrl = z
  .union([z.literal(""), connectionUrlSchema])
  .optional()
  .transform((value) => value || null);
const apiVersion = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, "invalidApiVersion");

const optionalKey = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((value) => value || null);

/** On create the key is required; on edit an empty key keeps the stored one. */
function connectionInput(apiKey: z.ZodType<string | null>) {
  return z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("sandbox"),
      name,
      // Empty means the server's default (SANDBOX_JOB_SECONDS).
      jobSeconds: z
        .union([z.literal(""), z.enum(SANDBOX_JOB_DURATIONS.map(String) as [string, ...string[]])])
        .optional()
        .transform((value) => (value ? Number(value) : null)),
      failurePercent: z.coerce.number().int().min(0).max(100).default(0),
      failureStatus: z.coerce
        .number()
        .refine((value) => (SANDBOX_FAILURE_STATUSES as readonly number[]).includes(value), "invalidChoice")
        .default(429),
      latencyMs: z.coerce.number().int().min(0).max(10_000).default(0),
      // The emulated end of self-serve fine-tuning: a checkbox, and a first closed day.
      fineTuningClosed: z
        .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
        .optional()
        .transform((value) => value === true || value === "on" || value === "true"),
      fineTuningClosedAfter: z
        .union([z.literal(""), z.iso.date()])
        .optional()
        .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null)),
    }),
    z.object({
      kind: z.literal("openai"),
      name,
      apiKey,
      organization: optionalText(100),
      project: optionalText(100),
      baseUrl: optionalUrl,
    }),
    z.object({ kind: z.literal("azure"), name, apiKey, endpoint: connectionUrlSchema, apiVersion }),
    z.object({ kind: z.literal("compatible"), name, apiKey, baseUrl: connectionUrlSchema }),
    // A local chat server often needs no key at all.
    z.object({ kind: z.literal("inference"), name, apiKey: optionalKey, baseUrl: connectionUrlSchema }),
  ]);
}

const requiredKey = z.string().trim().min(1).max(500);

export const createConnectionSchema = connectionInput(requiredKey);
export const updateConnectionSchema = z.intersection(
  z.object({ connectionId: z.string().min(1) }),
  connectionInput(optionalKey),
);
export const connectionIdSchema = z.object({ connectionId: z.string().min(1) });

export type CreateConnectionInput = z.output<typeof createConnectionSchema>;
export type UpdateConnectionInput = z.output<typeof updateConnectionSchema>;
