import type { SelectHTMLAttributes } from "react";
import { controlClass, FieldFrame } from "./field-frame";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  help?: string;
  error?: string;
};

/** A labelled native select: keyboard and screen-reader friendly without extra code. */
export function SelectField({ label, options, help, error, className, id, ...props }: SelectFieldProps) {
  return (
    <FieldFrame label={label} help={help} error={error} id={id} className={className}>
      {(control) => (
        <select {...props} {...control} className={controlClass(error)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
