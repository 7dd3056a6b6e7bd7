"use client";
import { useFormatter, useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/app/(app)/members/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/workspaces/roles";

type Invitation = { id: string; role: Role; email: string | null; expiresAt: Date };

export function InvitationList({ invitations }: { invitations: Invitation[] }) {
  const t = useTranslations("team");
  const format = useFormatter();
  const revoke = useActionForm(revokeInvitationAction);
  if (invitations.length === 0) return <p className="text-sm text-fg-muted">{t("invite.noPending")}</p>;
  return (
    <>
      {revoke.formError && <Alert>{revoke.formError}</Alert>}
      <ul className="flex flex-col divide-y divide-border" data-testid="pending-invitations">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="text-sm">
              <span className="font-medium">{invitation.email ?? t("invite.anyone")}</span>
              {" · "}
              {t(`roles.${invitation.role}`)}
              {" · "}
              <span className="text-fg-muted">
                {t("invite.expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }) })}
              </span>
            </span>
            <Button
              size="sm"
              variant="secondary"
              pending={revoke.pending}
              onClick={() => revoke.run({ invitationId: invitation.id })}
            >
              {t("invite.revoke")}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
