"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { addToDatasetAction } from "@/app/(app)/chat/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import type { ChatTurn } from "@/lib/chat/state";

type AddToDatasetDialogProps = {
  datasets: { id: string; name: string }[];
  turns: ChatTurn[];
  turnIndex: number;
  systemPrompt: string;
  answer: string;
  onClose: () => void;
};

/** The conversation up to this answer (as it is, or corrected) becomes a new example of a chat dataset. */
export function AddToDatasetDialog({
  datasets,
  turns,
  turnIndex,
  systemPrompt,
  answer,
  onClose,
}: AddToDatasetDialogProps) {
  const t = useTranslations("chat.addToDataset");
  const answerId = useId();
  const [added, setAdded] = useState<{ datasetId: string; position: number; errors: number; warnings: number } | null>(
    null,
  );
  const form = useActionForm(addToDatasetAction, { onSuccess: setAdded });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("title")} description={t("lead")}>
      {added ? (
        <div className="flex flex-col gap-4">
          <Alert tone={added.errors ? "danger" : "success"}>
            {added.errors
              ? t("addedWithErrors", { position: added.position, count: added.errors })
              : t("added", { position: added.position, warnings: added.warnings })}
          </Alert>
          <div className="flex justify-end gap-2">
            <Link
              href={`/datasets/${added.datasetId}`}
              className="inline-flex h-10 items-center rounded-md border border-border px-4 text-sm font-medium hover:bg-muted"
            >
              {t("open")}
            </Link>
            <Button onClick={onClose}>{t("done")}</Button>
          </div>
        </div>
      ) : datasets.length === 0 ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-fg-muted">{t("noDatasets")}</p>
          <div className="flex justify-end gap-2">
            <Link
              href="/datasets"
              className="inline-flex h-10 items-center rounded-md border border-border px-4 text-sm font-medium hover:bg-muted"
            >
              {t("toDatasets")}
            </Link>
            <Button variant="secondary" onClick={onClose}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={form.onSubmit((values) => {
            const corrected = (values.answer ?? "").trim();
            return {
              datasetId: values.datasetId ?? "",
              turns,
              turnIndex,
              systemPrompt,
              ...(corrected !== answer.trim() && { correctedAnswer: corrected }),
            };
          })}
        >
          {form.formError && <Alert>{form.formError}</Alert>}
          <SelectField
            label={t("dataset")}
            name="datasetId"
            options={datasets.map((dataset) => ({ value: dataset.id, label: dataset.name }))}
            error={form.fieldError("datasetId")}
          />
          <div className="flex flex-col gap-1.5">
            <label htmlFor={answerId} className="text-sm font-medium">
              {t("answer")}
            </label>
            <textarea
              id={answerId}
              name="answer"
              defaultValue={answer}
              rows={8}
              aria-describedby={`${answerId}-help`}
              className="rounded-md border border-border bg-surface px-3 py-2 text-sm"
            />
            <p id={`${answerId}-help`} className="text-xs text-fg-muted">
              {t("answerHelp")}
            </p>
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" pending={form.pending}>
              {form.pending ? t("adding") : t("add")}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
