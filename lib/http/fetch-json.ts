/**
 * GETs JSON from the app's own route handlers for TanStack Query: an error status throws an HttpError with
 * the server's error body, and a body that is not what the schema says throws too (never a cast).
 */
import type { z } from "zod";

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
