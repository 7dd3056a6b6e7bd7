"use client";
import { type FormEvent, useState, useTransition } from "react";
import { useErrorText, useFieldErrorText } from "@/components/errors/use-error-text";
import type { ActionResult } from "@/lib/action-result";
import type { ErrorBody } from "@/lib/errors";

/**
 * Runs a server action from a form and turns its failure into words: one message per field,
 * and one for the whole form.
 */
export function useActionForm<Input, Data>(
  action: (input: Input) => Promise<ActionResult<Data>>,
  options: { onSuccess?: (data: Data) => void } = {},
) {
  const errorText = useErrorText();
  const fieldText = useFieldErrorText();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ErrorBody | null>(null);

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
    return error && fieldText(error);
  }

  // Field problems are also summed up on top, so none goes unseen (e.g. on a field the form does not show).
  const formError = failure ? errorText(failure) : undefined;

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
