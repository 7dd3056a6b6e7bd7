"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { renameConversationAction } from "@/app/(app)/chat/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";

type RenameConversationDialogProps = {
  conversation: { id: string; title: string };
  onRenamed: (title: string) => void;
  onClose: () => void;
};

export function RenameConversationDialog({ conversation, onRenamed, onClose }: RenameConversationDialogProps) {
  const t = useTranslations("chat.conversation");
  const submitted = useRef(conversation.title);
  const form = useActionForm(renameConversationAction, { onSuccess: () => onRenamed(submitted.current) });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("renameTitle")}>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={form.onSubmit((values) => {
          submitted.current = (values.title ?? "").trim();
          return { conversationId: conversation.id, title: values.title ?? "" };
        })}
      >
        {form.formError && <Alert>{form.formError}</Alert>}
        <Field
          label={t("titleLabel")}
          name="title"
          defaultValue={conversation.title}
          error={form.fieldError("title")}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" pending={form.pending}>
            {form.pending ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
