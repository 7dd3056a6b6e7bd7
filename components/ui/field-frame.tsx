import { type ReactNode, useId } from "react";
import { cn } from "./cn";

type FieldFrameProps = {
  label: string;
  help?: ReactNode;
  error?: string;
  id?: string;
  className?: string;
  /** Renders the control with the id and ARIA attributes that tie it to its label, help and error. */
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
};

/** Label, help text and error around one form control, wired up for screen readers. */
export function FieldFrame({ label, help, error, id, className, children }: FieldFrameProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const helpId = `${controlId}-help`;
  const errorId = `${controlId}-error`;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className="text-sm font-medium">
        {label}
      </label>
      {children({
        id: controlId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": cn(help ? helpId : null, error ? errorId : null) || undefined,
      })}
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

export function controlClass(error: string | undefined): string {
  return cn(
    "h-10 rounded-md border bg-surface px-3 text-sm text-fg disabled:cursor-not-allowed disabled:opacity-60",
    error ? "border-danger" : "border-border",
  );
}
