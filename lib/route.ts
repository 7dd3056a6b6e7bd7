/**
 * Builds route handlers: a same-origin check for changes (they act on the session cookie), the same policy
 * check as server actions, and errors as JSON with an HTTP status.
 */
import "server-only";
import { type Access, requireAccess } from "@/lib/auth/access";
import { routePermissions } from "@/lib/auth/policy";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { getEnv } from "@/lib/env";
import { errorBodyOf } from "@/lib/error-body";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { logger } from "@/lib/logger";

type Handler<Params> = (context: { access: Access; request: Request; params: Params }) => Promise<Response | object>;

/** `name` is the route's "METHOD /path"; lib/auth/policy.ts says who may call it (nobody when it is missing). */
export function createRoute<Params = Record<string, never>>(options: { name: string }, handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      if (!isSameOriginRequest(request, getEnv().APP_URL))
        throw new AppError("forbidden", "Changes are only accepted from the app's own pages");
      const permission = routePermissions[options.name];
      if (!permission) {
        logger.error(`${options.name} has no rule in lib/auth/policy.ts`);
        await requireAccess();
        throw new AppError("forbidden", "No rule for this route");
      }
      const access = await requireAccess(permission);
      const result = await handler({ access, request, params: await context.params });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const body = errorBodyOf(error, options.name);
      return Response.json({ error: body }, { status: HTTP_STATUS[body.code] });
    }
  };
}
