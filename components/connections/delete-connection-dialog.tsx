"use client";
import { useTranslations } from "next-intl";
import { deleteConnectionAction } from "@/app/(app)/connections/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ConnectionView } from "@/lib/connections/view";

type DeleteConnectionDialogProps = { connection: ConnectionView; onClose: () => void };

export function DeleteConnectionDialog({ connection, onClose }: DeleteConnectionDialogProps) {
  const t = useTranslations("connections");
  const remove = useActionForm(deleteConnectionAction, { onSuccess: onClose });
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t("deleteTitle", { name: connection.name })}
      description={t(connection.kind === "sandbox" ? "deleteSandboxText" : "deleteText")}
    >
      {remove.formError && <Alert>{remove.formError}</Alert>}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t("cancel")}
        </Button>
        <Button variant="danger" pending={remove.pending} onClick={() => remove.run({ connectionId: connection.id })}>
          {remove.pending ? t("deleting") : t("deleteConfirm")}
        </Button>
      </div>
    </Dialog>
  );
}
