import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClass, FieldFrame } from "./field-frame";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; help?: ReactNode; error?: string };

/** A labelled input with its help text and its error. */
export function Field({ label, help, error, className, id, ...props }: FieldProps) {
  return (
    <FieldFrame label={label} help={help} error={error} id={id} className={className}>
      {(control) => <input {...props} {...control} className={`${controlClass(error)} placeholder:text-fg-muted`} />}
    </FieldFrame>
  );
}
