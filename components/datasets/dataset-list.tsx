"use client";
import { AlertTriangle, CheckCircle2, CircleX, Copy, Pencil, Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState } from "react";
import {
  createDatasetAction,
  deleteDatasetAction,
  duplicateDatasetAction,
  renameDatasetAction,
} from "@/app/(app)/datasets/actions";
import { NameDialog } from "@/components/forms/name-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { PageHeader } from "@/components/shell/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { listDatasets } from "@/lib/datasets/queries";

type DatasetRow = Awaited<ReturnType<typeof listDatasets>>[number];
type Open =
  | { kind: "create" }
  | { kind: "rename"; dataset: DatasetRow }
  | { kind: "delete"; dataset: DatasetRow }
  | null;

function ValidationState({ dataset }: { dataset: DatasetRow }) {
  const t = useTranslations("datasets");
  if (dataset.errorCount > 0) {
    return (
      <span className="flex items-center gap-1 text-danger">
        <CircleX aria-hidden className="size-4" />
        {t("errors", { count: dataset.errorCount })}
      </span>
    );
  }
  if (dataset.warningCount > 0) {
    return (
      <span className="flex items-center gap-1 text-fg-muted">
        <AlertTriangle aria-hidden className="size-4" />
        {t("warnings", { count: dataset.warningCount })}
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1 text-success">
      <CheckCircle2 aria-hidden className="size-4" />
      {t("valid")}
    </span>
  );
}

export function DatasetList({ datasets }: { datasets: DatasetRow[] }) {
  const t = useTranslations("datasets");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const router = useRouter();
  const [open, setOpen] = useState<Open>(null);
  const denied = useDenied("datasets.edit");
  const close = () => setOpen(null);
  const duplicate = useActionForm(duplicateDatasetAction, { onSuccess: ({ id }) => router.push(`/datasets/${id}`) });
  const remove = useActionForm(deleteDatasetAction, { onSuccess: close });

  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <DeniedHint reason={denied}>
            <Button disabled={Boolean(denied)} onClick={() => setOpen({ kind: "create" })}>
              <Plus aria-hidden className="size-4" />
              {t("new")}
            </Button>
          </DeniedHint>
        }
      />
      {duplicate.formError && <Alert>{duplicate.formError}</Alert>}
      {datasets.length === 0 ? (
        <Card className="py-10 text-center text-sm text-fg-muted">{t("empty")}</Card>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-border text-xs text-fg-muted uppercase">
              <tr>
                <th className="px-4 py-3 font-medium">{t("name")}</th>
                <th className="px-4 py-3 font-medium">{t("kind")}</th>
                <th className="px-4 py-3 text-right font-medium">{t("examples")}</th>
                <th className="px-4 py-3 text-right font-medium">{t("tokens")}</th>
                <th className="px-4 py-3 font-medium">{t("state")}</th>
                <th className="px-4 py-3 font-medium">{t("lastEdit")}</th>
                <th className="px-4 py-3">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {datasets.map((dataset) => (
                <tr key={dataset.id}>
                  <td className="px-4 py-3 font-medium">
                    <Link href={`/datasets/${dataset.id}`} className="text-primary hover:underline">
                      {dataset.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{t(`kinds.${dataset.kind}`)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{format.number(dataset.exampleCount)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{format.number(dataset.tokenCount)}</td>
                  <td className="px-4 py-3">
                    <ValidationState dataset={dataset} />
                  </td>
                  <td className="px-4 py-3 text-fg-muted">
                    {format.relativeTime(dataset.updatedAt, now)}
                    {dataset.updatedByName && ` · ${dataset.updatedByName}`}
                  </td>
                  <td className="px-4 py-2">
                    <div className="flex justify-end gap-1" hidden={Boolean(denied)}>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t("renameNamed", { name: dataset.name })}
                        onClick={() => setOpen({ kind: "rename", dataset })}
                      >
                        <Pencil aria-hidden className="size-4" />
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t("duplicateNamed", { name: dataset.name })}
                        pending={duplicate.pending}
                        onClick={() => duplicate.run({ datasetId: dataset.id })}
                      >
                        <Copy aria-hidden className="size-4" />
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t("deleteNamed", { name: dataset.name })}
                        onClick={() => setOpen({ kind: "delete", dataset })}
                      >
                        <Trash2 aria-hidden className="size-4 text-danger" />
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.kind === "create" && (
        <NameDialog
          title={t("newTitle")}
          label={t("name")}
          save={(name) => createDatasetAction({ name })}
          onSaved={({ id }) => router.push(`/datasets/${id}`)}
          onClose={close}
        />
      )}
      {open?.kind === "rename" && (
        <NameDialog
          title={t("renameTitle")}
          label={t("name")}
          defaultValue={open.dataset.name}
          save={(name) => renameDatasetAction({ datasetId: open.dataset.id, name })}
          onSaved={close}
          onClose={close}
        />
      )}
      {open?.kind === "delete" && (
        <ConfirmDialog
          title={t("deleteTitle", { name: open.dataset.name })}
          description={t("deleteText")}
          confirmLabel={t("deleteConfirm")}
          pendingLabel={t("deleting")}
          cancelLabel={t("cancel")}
          pending={remove.pending}
          error={remove.formError}
          onConfirm={() => remove.run({ datasetId: open.dataset.id })}
          onClose={close}
        />
      )}
    </>
  );
}
