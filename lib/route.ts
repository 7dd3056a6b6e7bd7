/** Builds route handlers: the same access check as server actions, and errors as JSON with an HTTP status. */
import "server-only";
import { type Access, requireAccess } from "@/lib/auth/access";
import { AppError, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { Role } from "@/lib/workspaces/roles";

const STATUS: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  provider_unavailable: 503,
  internal: 500,
};

type Handler<Params> = (context: { access: Access; request: Request; params: Params }) => Promise<Response | object>;

export function createRoute<Params = Record<string, never>>(
  options: { name: string; role?: Role },
  handler: Handler<Params>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const access = await requireAccess(options.role);
      const result = await handler({ access, request, params: await context.params });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      if (error instanceof AppError) {
        return Response.json({ error: { code: error.code, fields: error.fields } }, { status: STATUS[error.code] });
      }
      logger.error(options.name, error);
      return Response.json({ error: { code: "internal" } }, { status: 500 });
    }
  };
}
