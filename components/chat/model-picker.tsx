"use client";
import type { UseQueryResult } from "@tanstack/react-query";
import { ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorText } from "@/components/errors/use-error-text";
import { RetirementBadge } from "@/components/lifecycle/retirement-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { controlClass } from "@/components/ui/field-frame";
import type { ModelGroup } from "@/lib/chat/model-options";
import type { ModelRef } from "@/lib/chat/state";
import { ModelKindBadge } from "./model-kind-badge";

type ModelPickerProps = {
  value: ModelRef | null;
  query: UseQueryResult<{ groups: ModelGroup[] }>;
  onChange: (model: ModelRef) => void;
  columnName: string;
};

/** The column's model: a button that opens a searchable list of every connection's models, grouped by connection. */
export function ModelPicker({ value, query, onChange, columnName }: ModelPickerProps) {
  const t = useTranslations("chat.picker");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="flex min-h-10 w-full items-center justify-between gap-2 rounded-md border border-border bg-surface px-3 py-1.5 text-left text-sm hover:bg-muted"
      >
        {/* Not an aria-label: the name starts with the column and goes on with the text the button shows. */}
        <span className="sr-only">{t("buttonLabel", { column: columnName })}</span>
        {value ? (
          <span className="flex min-w-0 flex-col">
            <span className="truncate font-medium" title={value.model}>
              {value.model}
            </span>
            <span className="flex items-center gap-1.5 text-xs text-fg-muted">
              <ModelKindBadge kind={value.kind} model={value.model} />
              {value.connectionName}
            </span>
            {/* model lifecycle: a warning when the model stops working soon */}
            <RetirementBadge model={value.model} className="mt-1 w-fit" />
          </span>
        ) : (
          <span className="text-fg-muted">{t("choose")}</span>
        )}
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-fg-muted" />
      </button>
      {open && (
        <Dialog open onOpenChange={setOpen} title={t("title", { column: columnName })}>
          <ModelList
            query={query}
            onPick={(model) => {
              onChange(model);
              setOpen(false);
            }}
          />
        </Dialog>
      )}
    </>
  );
}

function ModelList({ query, onPick }: { query: ModelPickerProps["query"]; onPick: (model: ModelRef) => void }) {
  const t = useTranslations("chat.picker");
  const errorText = useErrorText();
  const [search, setSearch] = useState("");
  const searchId = useId();
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = query.data?.groups ?? [];

  if (query.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-fg-muted">
        <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />
        {t("loading")}
      </p>
    );
  }
  if (query.isError) return <Alert>{t("loadFailed")}</Alert>;
  if (!groups.length) return <p className="text-sm text-fg-muted">{t("noConnections")}</p>;

  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={searchId} className="sr-only">
        {t("search")}
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t("search")}
        className={`${controlClass(undefined)} placeholder:text-fg-muted`}
      />
      <div className="flex max-h-[55vh] flex-col gap-4 overflow-y-auto pr-1">
        {groups.map((group) => {
          const models = group.models.filter((option) =>
            words.every((word) => `${option.model} ${group.connectionName}`.toLowerCase().includes(word)),
          );
          const ref = { connectionId: group.connectionId, connectionName: group.connectionName };
          return (
            <section key={group.connectionId} aria-label={group.connectionName} className="flex flex-col gap-1">
              <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{group.connectionName}</h3>
              {group.error && (
                <p className="text-xs text-danger">{errorText({ reason: group.error }, { in: "chat" })}</p>
              )}
              {models.map((option) => (
                <button
                  key={option.model}
                  type="button"
                  onClick={() => onPick({ ...ref, ...option })}
                  className="flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-muted"
                >
                  <span className="min-w-0 truncate" title={option.model}>
                    {option.model}
                  </span>
                  <span className="flex shrink-0 flex-wrap items-center justify-end gap-1">
                    <RetirementBadge model={option.model} connectionKind={group.connectionKind} />
                    <ModelKindBadge kind={option.kind} model={option.model} />
                  </span>
                </button>
              ))}
              {!models.length && <p className="px-2 text-xs text-fg-muted">{t("noMatch")}</p>}
              {words.length > 0 && (
                <Button
                  variant="ghost"
                  size="sm"
                  className="justify-start"
                  onClick={() => onPick({ ...ref, model: search.trim(), kind: "other" })}
                >
                  {t("useTyped", { model: search.trim() })}
                </Button>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
