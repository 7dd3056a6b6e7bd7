"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { removeLifecycleOverrideAction, setLifecycleOverrideAction } from "@/app/(app)/settings/actions";
import { SubmitRow } from "@/components/forms/submit-row";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TableHead } from "@/components/ui/table-head";
import { lifecycleKeys } from "@/lib/lifecycle/client";
import type { LifecycleEntry, LifecycleProvider } from "@/lib/models/lifecycle";

type Entry = LifecycleEntry & { note?: string | null };
type Draft = { provider: LifecycleProvider; model: string; trainableUntil: string; retiresOn: string; note: string };

const EMPTY: Draft = { provider: "openai", model: "", trainableUntil: "", retiresOn: "", note: "" };

/**
 * The model lifecycle registry in Settings: every known model's dates with their source, and (for admins) a
 * form that sets a workspace's own dates for a model, replacing the data file's.
 */
export function LifecycleRegistry({
  entries,
  sources,
  canEdit,
}: {
  entries: Entry[];
  sources: Record<string, string>;
  canEdit: boolean;
}) {
  const t = useTranslations("lifecycle.settings");
  const tDenied = useTranslations("team.denied");
  const format = useFormatter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: lifecycleKeys.registry });
  const save = useActionForm(setLifecycleOverrideAction, {
    onSuccess: () => {
      setSaved(true);
      setDraft(EMPTY);
      setFormKey((key) => key + 1);
      void refresh();
    },
  });
  const remove = useActionForm(removeLifecycleOverrideAction, { onSuccess: () => void refresh() });
  const day = (date: string | null) =>
    date ? format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—";

  function edit(entry: Entry) {
    setSaved(false);
    setDraft({
      provider: entry.provider,
      model: entry.model,
      trainableUntil: entry.trainableUntil ?? "",
      retiresOn: entry.retiresOn ?? "",
      note: entry.note ?? "",
    });
    setFormKey((key) => key + 1);
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-fg-muted">{t("lead")}</p>
      {!canEdit && <p className="text-sm text-fg-muted">{tDenied("settings.manage")}</p>}
      <div className="overflow-x-auto">
        <table aria-label={t("tableLabel")} className="w-full text-left text-sm">
          <TableHead
            className="uppercase"
            columns={(["provider", "model", "trainableUntil", "retiresOn", "source"] as const).map((key) => ({
              key,
              label: t(key),
            }))}
            actionsLabel={canEdit ? t("actions") : undefined}
          />
          <tbody>
            {entries.map((entry) => {
              const own = entry.source === "workspace";
              return (
                <tr
                  key={`${entry.provider} ${entry.model}`}
                  className="border-t border-border align-top"
                  data-testid="lifecycle-row"
                >
                  <td className="min-w-28 py-2 pr-3">{t(`providers.${entry.provider}`)}</td>
                  <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal whitespace-nowrap">
                    {entry.model}
                  </th>
                  <td className="py-2 pr-3 whitespace-nowrap">{day(entry.trainableUntil)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{day(entry.retiresOn)}</td>
                  <td className="py-2 pr-3 text-xs text-fg-muted">
                    {own ? (
                      <span className="font-medium text-fg">
                        {t("own")}
                        {entry.note ? `: ${entry.note}` : ""}
                      </span>
                    ) : (
                      <span title={sources[entry.source]}>{t(`sources.${entry.source}`)}</span>
                    )}
                  </td>
                  {canEdit && (
                    <td className="py-1 whitespace-nowrap">
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => edit(entry)}
                        aria-label={t("editLabel", { model: entry.model })}
                      >
                        {t("edit")}
                      </Button>
                      {own && (
                        <Button
                          size="sm"
                          variant="ghost"
                          className="text-danger"
                          pending={remove.pending}
                          onClick={() => remove.run({ provider: entry.provider, model: entry.model })}
                          aria-label={t("removeLabel", { model: entry.model })}
                        >
                          {t("remove")}
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {remove.formError && <Alert>{remove.formError}</Alert>}
      {canEdit && (
        <form
          key={formKey}
          noValidate
          aria-labelledby="lifecycle-form-title"
          className="flex flex-col gap-3 rounded-md border border-border p-4"
          onSubmit={save.onSubmit((values) => {
            setSaved(false);
            return {
              provider: values.provider === "azure" ? "azure" : "openai",
              model: values.model ?? "",
              trainableUntil: values.trainableUntil,
              retiresOn: values.retiresOn,
              note: values.note,
            };
          })}
        >
          <h3 id="lifecycle-form-title" className="font-medium">
            {t("formTitle")}
          </h3>
          <p className="text-xs text-fg-muted">{t("formHelp")}</p>
          {save.formError && <Alert>{save.formError}</Alert>}
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label={t("provider")}
              name="provider"
              defaultValue={draft.provider}
              options={(["openai", "azure"] as const).map((value) => ({ value, label: t(`providers.${value}`) }))}
              error={save.fieldError("provider")}
            />
            <Field label={t("model")} name="model" defaultValue={draft.model} error={save.fieldError("model")} />
            <Field
              label={t("trainableUntil")}
              name="trainableUntil"
              type="date"
              defaultValue={draft.trainableUntil}
              error={save.fieldError("trainableUntil")}
            />
            <Field
              label={t("retiresOn")}
              name="retiresOn"
              type="date"
              defaultValue={draft.retiresOn}
              error={save.fieldError("retiresOn")}
            />
          </div>
          <Field label={t("note")} name="note" defaultValue={draft.note} error={save.fieldError("note")} />
          <SubmitRow
            pending={save.pending}
            saved={saved}
            labels={{ submit: t("save"), pending: t("saving"), saved: t("saved") }}
          />
        </form>
      )}
    </div>
  );
}
