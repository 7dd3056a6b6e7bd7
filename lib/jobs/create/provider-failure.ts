/** A provider call of the create flow that failed, as an AppError the form turns into plain words. */
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { providerAppError, providerProblem } from "@/lib/providers/errors";
import type { ProviderStep } from "@/lib/providers/failures";

/** The provider's own explanation of a refused request (e.g. a model that cannot be fine-tuned), if it gave one. */
function providerMessage(error: unknown): string | null {
  const body = typeof error === "object" && error !== null ? (error as { error?: unknown }).error : null;
  const message = typeof body === "object" && body !== null ? (body as { message?: unknown }).message : null;
  return typeof message === "string" && message.trim() ? message.trim().slice(0, 300) : null;
}

export function providerFailure(error: unknown, step: ProviderStep): AppError {
  if (error instanceof AppError) return error;
  const problem = providerProblem(error);
  const { reason, status } = problem;
  logger.warn(`createJob: ${step} failed (${reason}${status ? `, HTTP ${status}` : ""})`, error);
  const detail = reason === "bad_request" || reason === "not_found" ? providerMessage(error) : null;
  return providerAppError(error, `${step} failed: ${reason}`, { problem, step, ...(detail && { detail }) });
}
