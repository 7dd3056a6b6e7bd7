/** Builds server actions: authorize by the policy table, validate, run the domain function, return a typed result. */
import "server-only";
import type { z } from "zod";
import { type Access, requireAccess } from "@/lib/auth/access";
import { actionPermissions } from "@/lib/auth/policy";
import { errorBodyOf } from "@/lib/error-body";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { fieldErrorsFrom } from "@/lib/validation";
import type { ActionResult } from "./action-result";

// Unknown errors stay on the server: the browser only learns a reference to the log line.
const toActionError = (error: unknown, context: string) => ({ ok: false as const, error: errorBodyOf(error, context) });

/** `name` is the exported action's name; lib/auth/policy.ts says who may call it (nobody when it is missing). */
export function createAction<Schema extends z.ZodType, Data>(
  options: { name: string; schema: Schema },
  run: (input: z.output<Schema>, access: Access) => Promise<Data>,
): (input: z.input<Schema>) => Promise<ActionResult<Data>> {
  return async (input) => {
    try {
      const permission = actionPermissions[options.name];
      if (!permission) {
        logger.error(`${options.name} has no rule in lib/auth/policy.ts`);
        await requireAccess();
        throw new AppError("forbidden", "No rule for this action");
      }
      const access = await requireAccess(permission);
      const parsed = options.schema.safeParse(input);
      if (!parsed.success)
        return { ok: false, error: { code: "invalid_input", fields: fieldErrorsFrom(parsed.error) } };
      return { ok: true, data: await run(parsed.data, access) };
    } catch (error) {
      return toActionError(error, options.name);
    }
  };
}

/** For the few actions that run before anyone is signed in (they are how a session starts). */
export function createPublicAction<Schema extends z.ZodType>(
  options: { name: string; schema: Schema },
  run: (input: z.output<Schema>) => Promise<void>,
): (input: z.input<Schema>) => Promise<ActionResult> {
  return async (input) => {
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: "invalid_input", fields: fieldErrorsFrom(parsed.error) } };
    try {
      await run(parsed.data);
      return { ok: true, data: undefined };
    } catch (error) {
      return toActionError(error, options.name);
    }
  };
}
