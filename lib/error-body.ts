/** Any error caught at the edge of the server, as the browser may see it; unknown ones are logged here, once. */
import "server-only";
import { randomBytes } from "node:crypto";
import { AppError, type ErrorBody } from "./errors";
import { logger } from "./logger";

/** Logs an unknown error under a short reference, which the browser gets instead of the error. */
export function reportUnknownError(context: string, error: unknown): { code: "internal"; ref: string } {
  const ref = randomBytes(4).toString("hex");
  logger.error(`${context} (ref ${ref})`, error);
  return { code: "internal", ref };
}

/**
 * An AppError's code, reason and fields; anything else logged and answered with its reference. An `internal` AppError
 * without a reference was not logged where it was thrown, so it is logged here.
 */
export function errorBodyOf(error: unknown, context: string): ErrorBody {
  const expected = error instanceof AppError && (error.code !== "internal" || error.ref);
  return expected ? error.toBody() : reportUnknownError(context, error);
}
