"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { CsvMapping } from "@/lib/datasets/import/csv-mapping";
import type { previewCsv } from "@/lib/datasets/import/csv-preview";

type Preview = ReturnType<typeof previewCsv>;
type Role = CsvMapping["columns"][string];

const ROLES: Role[] = ["user", "assistant", "system", "ignore"];

type CsvMappingDialogProps = {
  filename: string;
  preview: Preview;
  onImport: (mapping: CsvMapping) => void;
  onClose: () => void;
};

/** Says which column is the question and which the answer, with a fixed system prompt if wanted. */
export function CsvMappingDialog({ filename, preview, onImport, onClose }: CsvMappingDialogProps) {
  const t = useTranslations("datasets.csv");
  const [columns, setColumns] = useState(preview.guess.columns);
  const [systemPrompt, setSystemPrompt] = useState(preview.guess.systemPrompt ?? "");
  const roles = Object.values(columns);
  const complete =
    roles.filter((role) => role === "user").length === 1 && roles.filter((role) => role === "assistant").length === 1;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("title", { filename })} description={t("lead")}>
      <div className="flex flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          {preview.columns.map((column) => (
            <SelectField
              key={column}
              label={column}
              value={columns[column] ?? "ignore"}
              onChange={(event) => setColumns({ ...columns, [column]: event.target.value as Role })}
              options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            />
          ))}
        </div>
        <Field
          label={t("systemPrompt")}
          value={systemPrompt}
          disabled={roles.includes("system")}
          onChange={(event) => setSystemPrompt(event.target.value)}
          help={t("systemPromptHelp")}
        />
        <div className="overflow-x-auto">
          <table className="w-full text-left text-xs">
            <caption className="mb-1 text-left text-fg-muted">{t("preview")}</caption>
            <thead>
              <tr>
                {preview.columns.map((column) => (
                  <th key={column} className="border-b border-border px-2 py-1 font-medium">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, i) => (
                // Preview rows are fixed for the dialog's life.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  {row.map((cell, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                    <td key={j} className="max-w-48 truncate border-b border-border px-2 py-1">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!complete && <p className="text-sm text-danger">{t("needsUserAndAssistant")}</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button
            disabled={!complete}
            onClick={() =>
              onImport({
                columns,
                hasHeader: true,
                ...(systemPrompt.trim() && !roles.includes("system") && { systemPrompt: systemPrompt.trim() }),
              })
            }
          >
            {t("import")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
