"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { useErrorText, useFieldErrorText } from "@/components/errors/use-error-text";
import type { ActionResult } from "@/lib/action-result";
import type { ErrorBody } from "@/lib/errors";
import { jobKeys } from "@/lib/jobs/client";

/**
 * Runs a job's server action, refreshes the polled job afterwards, and words a failure: the job's own
 * reasons (e.g. "can no longer be paused"), a provider's reason, or the general error code.
 */
export function useJobAction<Input, Data>(
  jobId: string,
  action: (input: Input) => Promise<ActionResult<Data>>,
  options: { onSuccess?: (data: Data) => void } = {},
) {
  const errorText = useErrorText();
  const fieldText = useFieldErrorText("jobs.actionErrors");
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ErrorBody | null>(null);

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

  function words(failure: ErrorBody): string {
    const field = Object.values(failure.fields ?? {})[0];
    return !failure.reason && field ? fieldText(field) : errorText(failure);
  }

  return { pending, run, error: failure ? words(failure) : undefined, reset: () => setFailure(null) };
}
