"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inviteMemberAction } from "@/app/(app)/members/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { Role } from "@/lib/workspaces/roles";
import { assignableRoles } from "./role-options";

type Created = { url: string; mailed: boolean };

export function InviteForm({ canInviteOwners, mailConfigured }: { canInviteOwners: boolean; mailConfigured: boolean }) {
  const t = useTranslations("team");
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useActionForm(inviteMemberAction, {
    onSuccess: (data) => {
      setCreated(data);
      setCopied(false);
    },
  });
  return (
    <div className="flex flex-col gap-4">
      <form
        noValidate
        className="grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end"
        onSubmit={form.onSubmit((values) => ({ role: (values.role ?? "viewer") as Role, email: values.email ?? "" }))}
      >
        <SelectField
          label={t("invite.role")}
          name="role"
          defaultValue="viewer"
          options={assignableRoles(canInviteOwners).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={form.fieldError("role")}
        />
        <Field
          label={t("invite.email")}
          name="email"
          type="email"
          autoComplete="off"
          error={form.fieldError("email")}
        />
        <Button type="submit" pending={form.pending}>
          {form.pending ? t("invite.creating") : t("invite.create")}
        </Button>
      </form>
      <p className="text-xs text-fg-muted">{mailConfigured ? t("invite.emailHint") : t("invite.emailHintNoSmtp")}</p>
      {form.formError && <Alert>{form.formError}</Alert>}
      {created && (
        <div className="flex flex-col gap-2 rounded-md border border-border bg-muted p-3">
          <label htmlFor="invitation-link" className="text-sm font-medium">
            {t("invite.link")}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id="invitation-link"
              readOnly
              value={created.url}
              data-testid="invitation-link"
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-border bg-surface px-3 py-2 font-mono text-sm"
            />
            <Button
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(created.url).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
              {copied ? t("invite.copied") : t("invite.copy")}
            </Button>
          </div>
          {created.mailed && <p className="text-sm text-success">{t("invite.mailed")}</p>}
        </div>
      )}
    </div>
  );
}
