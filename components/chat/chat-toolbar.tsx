"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Dispatch } from "react";
import { Button } from "@/components/ui/button";
import type { ChatAction } from "@/lib/chat/reducer";
import { type ChatState, MAX_COLUMNS } from "@/lib/chat/state";

function Toggle({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 accent-[var(--primary)]"
      />
      {label}
    </label>
  );
}

/** Columns and how they are driven: one box for all (sync) or one per column, shared or own settings. */
export function ChatToolbar({ state, dispatch }: { state: ChatState; dispatch: Dispatch<ChatAction> }) {
  const t = useTranslations("chat.toolbar");
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
      <Button
        variant="secondary"
        size="sm"
        onClick={() => dispatch({ type: "addColumn" })}
        disabled={state.columns.length >= MAX_COLUMNS}
      >
        <Plus aria-hidden className="size-4" />
        {t("addColumn")}
      </Button>
      <Toggle checked={state.sync} onChange={(sync) => dispatch({ type: "setSync", sync })} label={t("sync")} />
      <Toggle
        checked={state.sharedParams}
        onChange={(sharedParams) => dispatch({ type: "setSharedParams", sharedParams })}
        label={t("sharedParams")}
      />
      <span className="text-xs text-fg-muted">{t("columns", { count: state.columns.length, max: MAX_COLUMNS })}</span>
    </div>
  );
}
