"use client";
import { useTranslations } from "next-intl";
import type { ErrorBody, ErrorReason, FieldError } from "@/lib/errors";
import { isProviderFailure, type ProviderProblem } from "@/lib/providers/failures";

/** The chat words a provider failure for someone who regenerates an answer, not for someone testing a connection. */
type Options = { in?: "chat" };

/**
 * Words any error the server reports: the body of a failed action, route, REST call or chat stream (its reason first,
 * then its code, with the reference of an unknown error), or a provider failure on its own, as a connection test,
 * a models list or a job's sync stores it.
 */
export function useErrorText() {
  const t = useTranslations();

  function providerText(problem: ProviderProblem, options: Options): string {
    if (problem.blocked) return t(`outbound.${problem.blocked.rule}`, { host: problem.blocked.host });
    const reason = isProviderFailure(problem.reason) ? problem.reason : "unexpected";
    return t(options.in === "chat" ? `errors.chat.${reason}` : `errors.provider.${reason}`);
  }

  function reasonText(reason: ErrorReason, options: Options): string {
    if (reason.code !== "provider") return t(`errors.reason.${reason.code}`, reason.params);
    const step = reason.step ? `${t(`errors.step.${reason.step}`)} ` : "";
    const detail = reason.detail ? ` ${t("errors.providerDetail", { detail: reason.detail })}` : "";
    return `${step}${providerText(reason.provider, options)}${detail}`;
  }

  return (error: ErrorBody | ProviderProblem, options: Options = {}): string => {
    if (!("code" in error)) return providerText(error, options);
    if (error.reason) return reasonText(error.reason, options);
    if (error.code === "internal" && error.ref) return t("errors.internalRef", { ref: error.ref });
    return t(`errors.${error.code}`);
  };
}

/**
 * Words a field's problem: a code with its own namespace (outbound.metadata) names its message; the others come from
 * `own` (a form's own codes, e.g. newJob.fieldErrors) when it has them, else from the shared fieldErrors.
 */
export function useFieldErrorText(own?: string) {
  const t = useTranslations();
  return (error: FieldError): string => {
    if (own && t.has(`${own}.${error.code}`)) return t(`${own}.${error.code}`, error.params);
    return t(error.code.includes(".") ? error.code : `fieldErrors.${error.code}`, error.params);
  };
}
