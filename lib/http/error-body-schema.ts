/** The error body every route answers with, checked before the browser trusts it; loaded with the first error. */
import { z } from "zod/mini";
import { type ErrorBody, type ErrorCode, HTTP_STATUS } from "@/lib/errors";

const fieldErrorSchema = z.object({
  code: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

const routeErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    reason: z.optional(z.looseObject({ code: z.string() })),
    ref: z.optional(z.string()),
    fields: z.optional(z.record(z.string(), fieldErrorSchema)),
  }),
});

export function parseErrorBody(body: unknown): ErrorBody {
  const parsed = routeErrorSchema.safeParse(body);
  if (!parsed.success || !Object.hasOwn(HTTP_STATUS, parsed.data.error.code)) return { code: "internal" };
  const { code, reason, fields, ref } = parsed.data.error;
  // The reason is the server's own typed value; the UI words any reason it does not know generically.
  return {
    code: code as ErrorCode,
    ...(reason && { reason: reason as ErrorBody["reason"] }),
    ...(fields && { fields }),
    ...(ref && { ref }),
  };
}
