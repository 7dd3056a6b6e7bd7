"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { renameWorkspaceAction } from "@/app/(app)/settings/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
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
        <SubmitRow
          pending={form.pending}
          saved={saved}
          labels={{ submit: t("save"), pending: t("saving"), saved: t("saved") }}
        />
      )}
    </form>
  );
}
