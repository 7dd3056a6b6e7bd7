"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveSignupModeAction } from "@/app/(app)/settings/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SIGNUP_MODES, type SignupMode } from "@/lib/installation/signup";

/** Who may sign up, for installation admins; read-only when SIGNUP on the server fixes it. */
export function SignupModeForm({ mode, fixed }: { mode: SignupMode; fixed: boolean }) {
  const t = useTranslations("installation");
  const [saved, setSaved] = useState(false);
  const form = useActionForm(saveSignupModeAction, { onSuccess: () => setSaved(true) });
  return (
    <form
      noValidate
      className="flex max-w-md flex-col gap-3"
      onSubmit={form.onSubmit((values) => {
        setSaved(false);
        return { mode: (values.mode ?? mode) as SignupMode };
      })}
    >
      {form.formError && <Alert>{form.formError}</Alert>}
      <SelectField
        label={t("mode")}
        name="mode"
        defaultValue={mode}
        disabled={fixed}
        options={SIGNUP_MODES.map((value) => ({ value, label: t(`modes.${value}`) }))}
        help={fixed ? t("fixed", { mode }) : t("modeHelp")}
        error={form.fieldError("mode")}
      />
      {!fixed && (
        <SubmitRow
          pending={form.pending}
          saved={saved}
          labels={{ submit: t("save"), pending: t("saving"), saved: t("saved") }}
        />
      )}
    </form>
  );
}
