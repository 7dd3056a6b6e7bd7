"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteWorkspaceAction } from "@/app/(app)/settings/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { WORKSPACE_EXPORT_URL } from "@/lib/portability/client";
import type { ArchiveCounts } from "@/lib/portability/format";

type DeleteWorkspaceProps = {
  workspaceName: string;
  summary: ArchiveCounts & { members: number; activeJobs: number };
};

/** Owners only: says what goes (and what stays at providers), and asks for the workspace's name typed. */
export function DeleteWorkspace({ workspaceName, summary }: DeleteWorkspaceProps) {
  const t = useTranslations("settings.delete");
  const tData = useTranslations("portability");
  const tTeam = useTranslations("team");
  const denied = useDenied("workspace.delete");
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const remove = useActionForm(deleteWorkspaceAction, { onSuccess: () => window.location.assign("/") });
  const matches = typed.trim() === workspaceName.trim();
  const confirm = () => matches && remove.run({ confirmName: typed });

  function close() {
    setOpen(false);
    setTyped("");
    remove.reset();
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="max-w-2xl text-sm text-fg-muted">{t("intro")}</p>
      <div>
        <DeniedHint reason={denied}>
          <Button variant="danger" disabled={Boolean(denied)} onClick={() => setOpen(true)}>
            {t("button")}
          </Button>
        </DeniedHint>
      </div>
      {open && (
        <ConfirmDialog
          title={t("title", { workspace: workspaceName })}
          description={t("body", { members: summary.members })}
          confirmLabel={t("confirm")}
          pendingLabel={t("deleting")}
          cancelLabel={tTeam("cancel")}
          pending={remove.pending}
          confirmDisabled={!matches}
          error={remove.formError}
          onConfirm={confirm}
          onClose={close}
        >
          <div className="mb-4 flex flex-col gap-3 text-sm">
            <p>{tData("counts", summary)}</p>
            {summary.activeJobs > 0 && <Alert>{t("activeJobs", { count: summary.activeJobs })}</Alert>}
            <p className="text-fg-muted">{t("providers")}</p>
            <p>
              {t.rich("exportFirst", {
                link: (chunks) => (
                  <a href={WORKSPACE_EXPORT_URL} download className="text-primary underline underline-offset-2">
                    {chunks}
                  </a>
                ),
              })}
            </p>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                confirm();
              }}
            >
              <Field
                label={t("typeName", { workspace: workspaceName })}
                name="confirmName"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                error={remove.fieldError("confirmName")}
              />
            </form>
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}
