"use client";
import { useTranslations } from "next-intl";
import { deleteConnectionAction } from "@/app/(app)/connections/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ConnectionView } from "@/lib/connections/view";

export function DeleteConnectionDialog({ connection, onClose }: { connection: ConnectionView; onClose: () => void }) {
  const t = useTranslations("connections");
  const remove = useActionForm(deleteConnectionAction, { onSuccess: onClose });
  return (
    <ConfirmDialog
      title={t("deleteTitle", { name: connection.name })}
      description={t(connection.kind === "sandbox" ? "deleteSandboxText" : "deleteText")}
      confirmLabel={t("deleteConfirm")}
      pendingLabel={t("deleting")}
      cancelLabel={t("cancel")}
      pending={remove.pending}
      error={remove.formError}
      onConfirm={() => remove.run({ connectionId: connection.id })}
      onClose={onClose}
    />
  );
}
