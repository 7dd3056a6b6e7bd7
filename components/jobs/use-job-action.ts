"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { ErrorCode, FieldErrors } from "@/lib/errors";
import { jobKeys } from "@/lib/jobs/client";

type Failure = { code: ErrorCode; fields?: FieldErrors };

/**
 * Runs a job's server action, refreshes the polled job afterwards, and words a failure: the job's own
 * reasons (e.g. "can no longer be paused"), a provider's reason, or the general error code.
 */
export function useJobAction<Input, Data>(
  jobId: string,
  action: (input: Input) => Promise<ActionResult<Data>>,
  options: { onSuccess?: (data: Data) => void } = {},
) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);

  function run(input: Input) {
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        setFailure(null);
        await queryClient.invalidateQueries({ queryKey: jobKeys.detail(jobId) });
        options.onSuccess?.(result.data);
      } else {
        setFailure(result.error);
      }
    });
  }

  function words(failure: Failure): string {
    const form = failure.fields?._form;
    if (form?.code === "providerFailure")
      return t(`connections.failure.${String(form.params?.reason ?? "unexpected")}`);
    if (form) return t(`jobs.actionErrors.${form.code}`);
    const field = Object.values(failure.fields ?? {})[0];
    if (field) return t(`jobs.actionErrors.${field.code}`);
    return t(`errors.${failure.code}`);
  }

  return { pending, run, error: failure ? words(failure) : undefined, reset: () => setFailure(null) };
}
