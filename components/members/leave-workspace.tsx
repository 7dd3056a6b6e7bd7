"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { leaveWorkspaceAction } from "@/app/(app)/members/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function LeaveWorkspace({ workspaceName }: { workspaceName: string }) {
  const t = useTranslations("team.members");
  const tTeam = useTranslations("team");
  const [open, setOpen] = useState(false);
  const leave = useActionForm(leaveWorkspaceAction, { onSuccess: () => window.location.assign("/") });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("leave")}
      </Button>
      {open && (
        <ConfirmDialog
          title={t("leaveTitle", { workspace: workspaceName })}
          description={t("leaveBody")}
          confirmLabel={t("leave")}
          pendingLabel={t("leave")}
          cancelLabel={tTeam("cancel")}
          pending={leave.pending}
          error={leave.formError}
          onConfirm={() => leave.run({})}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
