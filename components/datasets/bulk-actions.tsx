"use client";
import { CopyMinus, MessageSquareText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { removeDuplicatesAction, setSystemPromptForAllAction } from "@/app/(app)/datasets/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";

type BulkActionsProps = { datasetId: string; kind: "chat" | "dpo"; onChanged: () => void };

/** Changes to every example at once: one system prompt for all, and no exact duplicates. */
export function BulkActions({ datasetId, kind, onChanged }: BulkActionsProps) {
  const t = useTranslations("datasets.bulk");
  const [open, setOpen] = useState<"prompt" | "dedupe" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const denied = useDenied("datasets.edit");
  const close = () => setOpen(null);
  const prompt = useActionForm(setSystemPromptForAllAction, {
    onSuccess: ({ changed }) => {
      setMessage(t("promptDone", { count: changed }));
      close();
      onChanged();
    },
  });
  const dedupe = useActionForm(removeDuplicatesAction, {
    onSuccess: ({ removed }) => {
      setMessage(t("dedupeDone", { count: removed }));
      close();
      onChanged();
    },
  });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {kind === "chat" && (
          <DeniedHint reason={denied}>
            <Button size="sm" variant="secondary" disabled={Boolean(denied)} onClick={() => setOpen("prompt")}>
              <MessageSquareText aria-hidden className="size-4" />
              {t("prompt")}
            </Button>
          </DeniedHint>
        )}
        <DeniedHint reason={denied}>
          <Button size="sm" variant="secondary" disabled={Boolean(denied)} onClick={() => setOpen("dedupe")}>
            <CopyMinus aria-hidden className="size-4" />
            {t("dedupe")}
          </Button>
        </DeniedHint>
      </div>
      {message && <Alert tone="success">{message}</Alert>}
      {open === "prompt" && (
        <Dialog open onOpenChange={(next) => !next && close()} title={t("promptTitle")} description={t("promptLead")}>
          <form
            noValidate
            className="flex flex-col gap-3"
            onSubmit={prompt.onSubmit((values) => ({ datasetId, systemPrompt: values.systemPrompt ?? "" }))}
          >
            {prompt.formError && <Alert>{prompt.formError}</Alert>}
            <label htmlFor="bulk-system-prompt" className="text-sm font-medium">
              {t("promptLabel")}
            </label>
            <textarea
              id="bulk-system-prompt"
              name="systemPrompt"
              rows={5}
              className="rounded-md border border-border bg-surface p-2 text-sm"
            />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                {t("cancel")}
              </Button>
              <Button type="submit" pending={prompt.pending}>
                {t("apply")}
              </Button>
            </div>
          </form>
        </Dialog>
      )}
      {open === "dedupe" && (
        <ConfirmDialog
          title={t("dedupeTitle")}
          description={t("dedupeLead")}
          confirmLabel={t("dedupeConfirm")}
          pendingLabel={t("working")}
          cancelLabel={t("cancel")}
          pending={dedupe.pending}
          error={dedupe.formError}
          onConfirm={() => dedupe.run({ datasetId })}
          onClose={close}
        />
      )}
    </div>
  );
}
