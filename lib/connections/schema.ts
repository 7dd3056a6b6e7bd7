import { z } from "zod";

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

const name = z.string().trim().min(1).max(80);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);
const url = z.string().trim().max(500).refine(isHttpUrl, "invalidUrl");
const optionalUrl = z
  .union([z.literal(""), url])
  .optional()
  .transform((value) => value || null);
const apiVersion = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, "invalidApiVersion");

/** On create the key is required; on edit an empty key keeps the stored one. */
function connectionInput(apiKey: z.ZodType<string | null>) {
  return z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("sandbox"), name }),
    z.object({
      kind: z.literal("openai"),
      name,
      apiKey,
      organization: optionalText(100),
      project: optionalText(100),
      baseUrl: optionalUrl,
    }),
    z.object({ kind: z.literal("azure"), name, apiKey, endpoint: url, apiVersion }),
  ]);
}

const requiredKey = z.string().trim().min(1).max(500);
const optionalKey = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((value) => value || null);

export const createConnectionSchema = connectionInput(requiredKey);
export const updateConnectionSchema = z.intersection(
  z.object({ connectionId: z.string().min(1) }),
  connectionInput(optionalKey),
);
export const connectionIdSchema = z.object({ connectionId: z.string().min(1) });

export type CreateConnectionInput = z.output<typeof createConnectionSchema>;
export type UpdateConnectionInput = z.output<typeof updateConnectionSchema>;
