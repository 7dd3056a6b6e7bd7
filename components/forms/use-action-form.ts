"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { ErrorCode, FieldErrors } from "@/lib/errors";

type Failure = { code: ErrorCode; fields?: FieldErrors };

/**
 * Runs a server action from a form and turns its failure into words: one message per field,
 * and one for the whole form.
 */
export function useActionForm<Input, Data>(
  action: (input: Input) => Promise<ActionResult<Data>>,
  options: { onSuccess?: (data: Data) => void } = {},
) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);

  function run(input: Input) {
    startTransition(async () => {
      const result = await action(input);
      // An action that redirects never hands back a result.
      if (!result) return;
      if (result.ok) {
        setFailure(null);
        options.onSuccess?.(result.data);
      } else {
        setFailure(result.error);
      }
    });
  }

  function fieldError(name: string): string | undefined {
    const error = failure?.fields?.[name];
    if (!error) return undefined;
    // A code with its own namespace (outbound.metadata) names its message; the others live in fieldErrors.
    return t(error.code.includes(".") ? error.code : `fieldErrors.${error.code}`, error.params);
  }

  // Field problems are also summed up on top, so none goes unseen (e.g. on a field the form does not show).
  const formError = failure?.fields?._form ? fieldError("_form") : failure ? t(`errors.${failure.code}`) : undefined;

  /** For `<form onSubmit>`: reads the form's named inputs as strings. */
  function onSubmit(toInput: (values: Record<string, string>) => Input) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const values = Object.fromEntries(
        [...new FormData(event.currentTarget).entries()].map(([key, value]) => [key, String(value)]),
      );
      run(toInput(values));
    };
  }

  return { pending, run, onSubmit, fieldError, formError, reset: () => setFailure(null) };
}
