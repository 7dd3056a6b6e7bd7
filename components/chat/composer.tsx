"use client";
import { Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useId } from "react";
import { Button } from "@/components/ui/button";

type ComposerProps = {
  value: string;
  onChange: (value: string) => void;
  onSend: (text: string) => void;
  label: string;
  disabled?: boolean;
  busy?: boolean;
  hint?: string;
  compact?: boolean;
};

/** The question box: Enter sends, Shift+Enter makes a new line. */
export function Composer({ value, onChange, onSend, label, disabled, busy, hint, compact }: ComposerProps) {
  const t = useTranslations("chat.composer");
  const id = useId();
  const canSend = !disabled && !busy && value.trim().length > 0;
  function send() {
    if (canSend) onSend(value);
  }
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={id} className={compact ? "sr-only" : "text-sm font-medium"}>
        {label}
      </label>
      <div className="flex items-end gap-2">
        <textarea
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          rows={compact ? 2 : 3}
          placeholder={t("placeholder")}
          disabled={disabled}
          className="min-h-10 flex-1 resize-y rounded-md border border-border bg-surface px-3 py-2 text-sm placeholder:text-fg-muted"
        />
        <Button type="submit" disabled={!canSend} pending={busy} aria-label={t("send")}>
          <Send aria-hidden className="size-4" />
          <span className={compact ? "sr-only" : "max-sm:sr-only"}>{t("send")}</span>
        </Button>
      </div>
      {hint && <p className="text-xs text-fg-muted">{hint}</p>}
    </form>
  );
}
