import { type SelectHTMLAttributes, useId } from "react";
import { cn } from "./cn";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  help?: string;
  error?: string;
};

/** A labelled native select: keyboard and screen-reader friendly without extra code. */
export function SelectField({ label, options, help, error, className, id, ...props }: SelectFieldProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={selectId} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={selectId}
        {...props}
        aria-invalid={error ? true : undefined}
        aria-describedby={cn(help ? `${selectId}-help` : null, error ? `${selectId}-error` : null) || undefined}
        className={cn("h-10 rounded-md border bg-surface px-3 text-sm", error ? "border-danger" : "border-border")}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {help && (
        <p id={`${selectId}-help`} className="text-xs text-fg-muted">
          {help}
        </p>
      )}
      {error && (
        <p id={`${selectId}-error`} className="text-sm text-danger" data-field-error>
          {error}
        </p>
      )}
    </div>
  );
}
