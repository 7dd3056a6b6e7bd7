"use client";
import { useTranslations } from "next-intl";
import { createConnectionAction, updateConnectionAction } from "@/app/(app)/connections/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog } from "@/components/ui/dialog";
import type { ConnectionView } from "@/lib/connections/view";
import { ConnectionForm, type ConnectionFormValues } from "./connection-form";

type ConnectionDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  connection?: ConnectionView;
};

function saveConnection(connection: ConnectionView | undefined) {
  return (values: ConnectionFormValues) =>
    // The form's values are checked on the server; the action's schema says what is required.
    connection
      ? updateConnectionAction({ ...values, connectionId: connection.id } as Parameters<
          typeof updateConnectionAction
        >[0])
      : createConnectionAction(values as Parameters<typeof createConnectionAction>[0]);
}

export function ConnectionDialog({ open, onOpenChange, connection }: ConnectionDialogProps) {
  const t = useTranslations("connections");
  const form = useActionForm(saveConnection(connection), { onSuccess: () => onOpenChange(false) });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        form.reset();
        onOpenChange(next);
      }}
      title={connection ? t("editTitle", { name: connection.name }) : t("addTitle")}
    >
      <ConnectionForm
        connection={connection}
        pending={form.pending}
        formError={form.formError}
        fieldError={form.fieldError}
        onSubmit={form.run}
        onCancel={() => onOpenChange(false)}
      />
    </Dialog>
  );
}
