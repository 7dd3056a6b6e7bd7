import { z } from "zod";
import { AUDIT_ACTIONS } from "./events";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The audit page's filters as they come from the address (?actor=&action=&from=&to=); bad values are ignored. */
export const auditFilterSchema = z
  .object({
    actor: z.string().min(1).max(100).optional().catch(undefined),
    action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
    from: day,
    to: day,
  })
  .transform(({ actor, action, from, to }) => ({
    actor,
    action,
    from: from ? new Date(`${from}T00:00:00.000Z`) : undefined,
    // "to" is inclusive: everything before the next day
    to: to ? new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000) : undefined,
  }));

export type AuditFilter = z.output<typeof auditFilterSchema>;

export function auditFilterFrom(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) || undefined;
  };
  return auditFilterSchema.parse({ actor: get("actor"), action: get("action"), from: get("from"), to: get("to") });
}
