"use client";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DeniedHint } from "@/components/shell/abilities";
import { Button } from "@/components/ui/button";

export type EditableMessage = { role: string; content?: unknown; weight?: number; [key: string]: unknown };

const ROLES = ["system", "user", "assistant", "tool"] as const;

type MessageRowProps = {
  index: number;
  count: number;
  message: EditableMessage;
  onChange: (message: EditableMessage) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** why the caller may not change the message; it is then only shown */
  denied?: string;
};

/** One message of an example: who speaks, what is said, and whether the model learns from it. */
export function MessageRow({ index, count, message, onChange, onMove, onRemove, denied }: MessageRowProps) {
  const t = useTranslations("datasets.editor");
  const id = useId();
  const locked = Boolean(denied);
  const content = typeof message.content === "string" ? message.content : JSON.stringify(message.content ?? "");
  return (
    <fieldset className="rounded-md border border-border p-3" aria-label={t("messageLabel", { number: index + 1 })}>
      {/* One reason for the whole row of controls, so a read-only example is not a long walk for the keyboard. */}
      <DeniedHint reason={denied} className="flex">
        <div className="flex flex-1 flex-wrap items-center gap-2">
          <label htmlFor={`${id}-role`} className="sr-only">
            {t("role")}
          </label>
          <select
            id={`${id}-role`}
            value={message.role}
            disabled={locked}
            onChange={(event) => onChange({ ...message, role: event.target.value })}
            className="h-8 rounded-md border border-border bg-surface px-2 text-sm disabled:cursor-not-allowed disabled:opacity-60"
          >
            {(ROLES as readonly string[]).includes(message.role) ? null : (
              <option value={message.role}>{message.role}</option>
            )}
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          {message.role === "assistant" && (
            <label className="flex items-center gap-1.5 text-xs">
              <input
                type="checkbox"
                checked={message.weight !== 0}
                disabled={locked}
                onChange={(event) => {
                  const { weight: _weight, ...rest } = message;
                  onChange(event.target.checked ? rest : { ...rest, weight: 0 });
                }}
              />
              {t("learnFrom")}
            </label>
          )}
          <span className="flex-1" />
          <Button
            size="sm"
            variant="ghost"
            aria-label={t("moveUp")}
            disabled={locked || index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp aria-hidden className="size-4" />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={t("moveDown")}
            disabled={locked || index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown aria-hidden className="size-4" />
          </Button>
          <Button size="sm" variant="ghost" aria-label={t("removeMessage")} disabled={locked} onClick={onRemove}>
            <Trash2 aria-hidden className="size-4" />
          </Button>
        </div>
      </DeniedHint>
      <label htmlFor={`${id}-content`} className="sr-only">
        {t("content")}
      </label>
      <textarea
        id={`${id}-content`}
        value={content}
        rows={Math.min(10, Math.max(2, content.split("\n").length))}
        readOnly={locked}
        title={denied}
        onChange={(event) => onChange({ ...message, content: event.target.value })}
        className="mt-2 w-full rounded-md border border-border bg-surface p-2 text-sm"
      />
    </fieldset>
  );
}
