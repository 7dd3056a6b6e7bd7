"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

type NameDialogProps<Data> = {
  title: string;
  label: string;
  /** the input's name: the field the action's errors name */
  field?: string;
  defaultValue?: string;
  help?: string;
  submitLabel?: string;
  save: (value: string) => Promise<ActionResult<Data>>;
  onSaved: (data: Data, value: string) => void;
  onClose: () => void;
};

/** Asks for one name (a new one, or a new name for something), saves it through a server action. */
export function NameDialog<Data>({ field = "name", save, onSaved, onClose, ...props }: NameDialogProps<Data>) {
  const t = useTranslations("common");
  const submitted = useRef(props.defaultValue ?? "");
  const form = useActionForm(save, { onSuccess: (data) => onSaved(data, submitted.current) });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={props.title}>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={form.onSubmit((values) => {
          submitted.current = (values[field] ?? "").trim();
          return values[field] ?? "";
        })}
      >
        {form.formError && <Alert>{form.formError}</Alert>}
        <Field
          label={props.label}
          name={field}
          defaultValue={props.defaultValue}
          help={props.help}
          autoFocus
          error={form.fieldError(field)}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" pending={form.pending}>
            {form.pending ? t("saving") : (props.submitLabel ?? t("save"))}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
