/**
 * GETs JSON from the app's own route handlers for TanStack Query: an error status throws an HttpError with
 * the server's error body, and a body that is not what the schema says throws too (never a cast).
 */
import { z } from "zod";
import { type ErrorCode, type FieldErrors, HTTP_STATUS } from "@/lib/errors";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** the route's JSON error body (`{ error: { code, fields } }`), or null when it sent none */
    readonly body: unknown,
  ) {
    super(`Request failed with ${status}`);
    this.name = "HttpError";
  }
}

export async function fetchJson<Schema extends z.ZodType>(url: string, schema: Schema): Promise<z.output<Schema>> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new HttpError(response.status, await response.json().catch(() => null));
  return schema.parse(await response.json());
}

/** The typed error a route answered with (`{ error: { code, fields } }`), or "internal" when it sent none. */
export function routeErrorOf(body: unknown): { code: ErrorCode; fields?: FieldErrors } {
  const parsed = routeErrorSchema.safeParse(body);
  if (!parsed.success || !Object.hasOwn(HTTP_STATUS, parsed.data.error.code)) return { code: "internal" };
  return { code: parsed.data.error.code as ErrorCode, fields: parsed.data.error.fields };
}

/** The typed error behind a failed query: the route's, or "internal" for a lost connection or a bad answer. */
export const queryErrorOf = (error: unknown) => routeErrorOf(error instanceof HttpError ? error.body : null);

const routeErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    fields: z
      .record(
        z.string(),
        z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
      )
      .optional(),
  }),
});
