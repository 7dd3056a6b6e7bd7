/** Builds /api/v1 route handlers: token check, zod-checked input, errors as {error:{code,message,reason,fields,ref}}. */
import "server-only";
import type { z } from "zod";
import type { TokenAccess } from "@/lib/api-tokens/queries";
import { tokenRoutePermissions } from "@/lib/auth/policy";
import { errorBodyOf } from "@/lib/error-body";
import { AppError, type ErrorBody, type ErrorCode, HTTP_STATUS } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { readJsonBody } from "@/lib/uploads/json-body";
import { fieldErrorsFrom } from "@/lib/validation";
import { authorizeToken, RateLimitedError } from "./authorize";

type Handler<Params> = (context: {
  access: TokenAccess;
  request: Request;
  params: Params;
}) => Promise<Response | object>;

function errorResponse(
  body: Omit<ErrorBody, "code"> & { code: ErrorCode | "rate_limited"; message: string },
  init: ResponseInit,
) {
  return Response.json({ error: body }, init);
}

export function createApiRoute<Params = Record<string, never>>(
  /** `name` is the route's "METHOD /path"; lib/auth/policy.ts says who may call it (nobody when it is missing). */
  options: { name: string; status?: number },
  handler: Handler<Params>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const permission = tokenRoutePermissions[options.name];
      if (!permission) {
        logger.error(`${options.name} has no rule in lib/auth/policy.ts`);
        throw new AppError("forbidden", "No rule for this route");
      }
      const access = await authorizeToken(request, permission);
      const result = await handler({ access, request, params: await context.params });
      return result instanceof Response ? result : Response.json(result, { status: options.status ?? 200 });
    } catch (error) {
      if (error instanceof RateLimitedError) {
        return errorResponse(
          { code: "rate_limited", message: error.message },
          {
            status: 429,
            headers: { "Retry-After": String(error.retryAfterSeconds) },
          },
        );
      }
      const body = errorBodyOf(error, `api ${options.name}`);
      // AppError messages are written for people and never carry secrets; unknown errors stay on the server.
      const message = error instanceof AppError ? error.message : "Something went wrong";
      return errorResponse({ ...body, message }, { status: HTTP_STATUS[body.code] });
    }
  };
}

/** The JSON body checked with `schema`; a body that is not JSON counts as missing every field, one too large is a 413. */
export async function parseJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  return parseWith(schema, await readJsonBody(request));
}

export function parseQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.output<Schema> {
  return parseWith(schema, Object.fromEntries(new URL(request.url).searchParams));
}

function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("invalid_input", "The request does not fit the API", { fields: fieldErrorsFrom(parsed.error) });
  }
  return parsed.data;
}
