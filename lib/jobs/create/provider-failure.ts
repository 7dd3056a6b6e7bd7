/** A provider call of the create flow that failed, as an AppError the form turns into plain words. */
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { classifyProviderError } from "@/lib/providers/errors";

type CreateStep = "uploadTraining" | "uploadValidation" | "checkFile" | "createJob";

/** The provider's own explanation of a refused request (e.g. a model that cannot be fine-tuned), if it gave one. */
function providerMessage(error: unknown): string | null {
  const body = typeof error === "object" && error !== null ? (error as { error?: unknown }).error : null;
  const message = typeof body === "object" && body !== null ? (body as { message?: unknown }).message : null;
  return typeof message === "string" && message.trim() ? message.trim().slice(0, 300) : null;
}

export function providerFailure(error: unknown, step: CreateStep): AppError {
  if (error instanceof AppError) return error;
  const { reason, status } = classifyProviderError(error);
  logger.warn(`createJob: ${step} failed (${reason}${status ? `, HTTP ${status}` : ""})`, error);
  const detail = reason === "bad_request" || reason === "not_found" ? providerMessage(error) : null;
  return new AppError("provider_unavailable", `${step} failed: ${reason}`, {
    cause: error,
    fields: { _provider: { code: reason, params: { step, ...(detail && { detail }) } } },
  });
}
