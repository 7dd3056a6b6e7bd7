/**
 * GETs JSON from the app's own route handlers for TanStack Query: an error status throws an HttpError with the
 * server's error body, and a body that is not what the schema says throws too (never a cast). The schemas (and
 * zod) load with the first answer, not with the page.
 */
import type { z } from "zod/mini";
import type { ErrorBody } from "@/lib/errors";

/** A feature's response schema, loaded on demand: `() => import("./responses").then((m) => m.someSchema)`. */
type SchemaLoader<Output> = () => Promise<z.ZodMiniType<Output>>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** the route's error body, or "internal" when it sent none */
    readonly error: ErrorBody,
  ) {
    super(`Request failed with ${status}`);
    this.name = "HttpError";
  }
}

export async function fetchJson<Output>(url: string, schema: SchemaLoader<Output>): Promise<Output> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new HttpError(response.status, await routeErrorOf(await response.json().catch(() => null)));
  const [body, parser] = await Promise.all([response.json(), schema()]);
  return parser.parse(body);
}

/** The error body a route answered with (`{ error: { code, reason, fields, ref } }`), or "internal" when it sent none. */
export async function routeErrorOf(body: unknown): Promise<ErrorBody> {
  const { parseErrorBody } = await import("./error-body-schema");
  return parseErrorBody(body);
}

/** The typed error behind a failed query: the route's, or "internal" for a lost connection or a bad answer. */
export const queryErrorOf = (error: unknown): ErrorBody =>
  error instanceof HttpError ? error.error : { code: "internal" };
