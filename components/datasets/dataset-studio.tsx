"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addExampleAction, deleteExampleAction } from "@/app/(app)/datasets/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { datasetKeys, exampleQueryOptions, type FirstExamplePage } from "@/lib/datasets/client";
import { BulkActions } from "./bulk-actions";
import { ExampleEditor } from "./example-editor";
import { ExampleList } from "./example-list";
import { ImportPanel } from "./import-panel";

type StudioProps = { datasetId: string; kind: "chat" | "dpo"; initial: FirstExamplePage };

/** The examples of a dataset: the list on the left, the selected one in the editor on the right. */
export function DatasetStudio({ datasetId, kind, initial }: StudioProps) {
  const t = useTranslations("datasets.studio");
  const router = useRouter();
  const queryClient = useQueryClient();
  const denied = useDenied("datasets.edit");
  const [selectedId, setSelectedId] = useState<string | null>(initial.examples[0]?.id ?? null);
  const selected = useQuery({
    ...exampleQueryOptions(datasetId, selectedId ?? ""),
    enabled: selectedId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: datasetKeys.examples(datasetId) });
    router.refresh();
  }
  const add = useActionForm(addExampleAction, {
    onSuccess: async ({ id }) => {
      await refresh();
      setSelectedId(id);
    },
  });
  const remove = useActionForm(deleteExampleAction, {
    onSuccess: async () => {
      setSelectedId(null);
      await refresh();
    },
  });

  return (
    <div className="flex flex-col gap-6">
      {denied && (
        <Alert tone="info">
          <span data-testid="read-only-note">{denied}</span>
        </Alert>
      )}
      <ImportPanel datasetId={datasetId} onImported={refresh} />
      <BulkActions
        datasetId={datasetId}
        kind={kind}
        onChanged={async () => {
          await queryClient.invalidateQueries({ queryKey: datasetKeys.dataset(datasetId) });
          await refresh();
        }}
      />
      {(add.formError || remove.formError) && <Alert>{add.formError ?? remove.formError}</Alert>}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex flex-col gap-2">
          <ExampleList datasetId={datasetId} initial={initial} selectedId={selectedId} onSelect={setSelectedId} />
          <DeniedHint reason={denied} className="inline-flex self-start">
            <Button
              size="sm"
              variant="secondary"
              className="self-start"
              disabled={Boolean(denied)}
              pending={add.pending}
              onClick={() => add.run({ datasetId })}
            >
              <Plus aria-hidden className="size-4" />
              {t("addExample")}
            </Button>
          </DeniedHint>
        </div>
        <Card>
          {selected.data ? (
            <>
              <ExampleEditor
                key={`${selected.data.id}:${selected.data.revision}`}
                datasetId={datasetId}
                example={selected.data}
                kind={kind}
              />
              <DeniedHint reason={denied}>
                <Button
                  size="sm"
                  variant="ghost"
                  className="mt-4 text-danger"
                  disabled={Boolean(denied)}
                  pending={remove.pending}
                  onClick={() => remove.run({ datasetId, exampleId: selected.data.id })}
                >
                  <Trash2 aria-hidden className="size-4" />
                  {t("deleteExample")}
                </Button>
              </DeniedHint>
            </>
          ) : (
            <p className="text-sm text-fg-muted">{selected.isLoading ? t("loading") : t("selectExample")}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
