/**
 * GETs JSON from the app's own route handlers for TanStack Query: an error status throws an HttpError with
 * the server's error body, and a body that is not what the schema says throws too (never a cast).
 */
import { z } from "zod/mini";
import { type ErrorBody, type ErrorCode, HTTP_STATUS } from "@/lib/errors";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** the route's JSON error body (`{ error: { code, reason, fields, ref } }`), or null when it sent none */
    readonly body: unknown,
  ) {
    super(`Request failed with ${status}`);
    this.name = "HttpError";
  }
}

export async function fetchJson<Schema extends z.ZodMiniType>(url: string, schema: Schema): Promise<z.output<Schema>> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new HttpError(response.status, await response.json().catch(() => null));
  return schema.parse(await response.json());
}

/** The error body a route answered with (`{ error: { code, reason, fields, ref } }`), or "internal" when it sent none. */
export function routeErrorOf(body: unknown): ErrorBody {
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

/** The typed error behind a failed query: the route's, or "internal" for a lost connection or a bad answer. */
export const queryErrorOf = (error: unknown) => routeErrorOf(error instanceof HttpError ? error.body : null);

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
