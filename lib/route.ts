/** Builds route handlers: the same policy check as server actions, and errors as JSON with an HTTP status. */
import "server-only";
import { type Access, requireAccess } from "@/lib/auth/access";
import { routePermissions } from "@/lib/auth/policy";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { logger } from "@/lib/logger";

type Handler<Params> = (context: { access: Access; request: Request; params: Params }) => Promise<Response | object>;

/** `name` is the route's "METHOD /path"; lib/auth/policy.ts says who may call it (nobody when it is missing). */
export function createRoute<Params = Record<string, never>>(options: { name: string }, handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
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
      if (error instanceof AppError) {
        return Response.json(
          { error: { code: error.code, fields: error.fields } },
          { status: HTTP_STATUS[error.code] },
        );
      }
      logger.error(options.name, error);
      return Response.json({ error: { code: "internal" } }, { status: 500 });
    }
  };
}
