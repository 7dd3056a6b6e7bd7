"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { renameWorkspaceAction } from "@/app/(app)/settings/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function WorkspaceNameForm({ name, canEdit }: { name: string; canEdit: boolean }) {
  const t = useTranslations("settings");
  const [saved, setSaved] = useState(false);
  const form = useActionForm(renameWorkspaceAction, { onSuccess: () => setSaved(true) });
  return (
    <form
      noValidate
      className="flex max-w-md flex-col gap-3"
      onSubmit={form.onSubmit((values) => {
        setSaved(false);
        return { name: values.name ?? "" };
      })}
    >
      {form.formError && <Alert>{form.formError}</Alert>}
      <Field
        label={t("workspaceName")}
        name="name"
        defaultValue={name}
        disabled={!canEdit}
        help={canEdit ? t("workspaceHelp") : t("ownerOnly")}
        error={form.fieldError("name")}
      />
      {canEdit && (
        <div className="flex items-center gap-3">
          <Button type="submit" pending={form.pending}>
            {form.pending ? t("saving") : t("save")}
          </Button>
          {saved && (
            <p role="status" className="text-sm text-success">
              {t("saved")}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
