import { type InputHTMLAttributes, type ReactNode, useId } from "react";
import { cn } from "./cn";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  help?: ReactNode;
  error?: string;
};

/** A labelled input with its help text and its error, wired up for screen readers. */
export function Field({ label, help, error, className, id, ...props }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const helpId = `${inputId}-help`;
  const errorId = `${inputId}-error`;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={inputId} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={inputId}
        {...props}
        aria-invalid={error ? true : undefined}
        aria-describedby={cn(help ? helpId : null, error ? errorId : null) || undefined}
        className={cn(
          "h-10 rounded-md border bg-surface px-3 text-sm text-fg placeholder:text-fg-muted",
          error ? "border-danger" : "border-border",
        )}
      />
      {help && (
        <p id={helpId} className="text-xs text-fg-muted">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-danger" data-field-error>
          {error}
        </p>
      )}
    </div>
  );
}
