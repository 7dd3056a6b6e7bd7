"use client";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

type DatasetNameDialogProps<Data> = {
  title: string;
  defaultName?: string;
  save: (name: string) => Promise<ActionResult<Data>>;
  onSaved: (data: Data) => void;
  onClose: () => void;
};

/** Names a new dataset or renames one. */
export function DatasetNameDialog<Data>({ title, defaultName, save, onSaved, onClose }: DatasetNameDialogProps<Data>) {
  const t = useTranslations("datasets");
  const form = useActionForm(save, { onSuccess: onSaved });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title}>
      <form noValidate className="flex flex-col gap-4" onSubmit={form.onSubmit((values) => values.name ?? "")}>
        {form.formError && <Alert>{form.formError}</Alert>}
        <Field label={t("name")} name="name" defaultValue={defaultName} autoFocus error={form.fieldError("name")} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" pending={form.pending}>
            {form.pending ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
