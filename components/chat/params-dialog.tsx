"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { useFieldErrorText } from "@/components/errors/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { chatParamsSchema } from "@/lib/chat/schema";
import type { ChatParams } from "@/lib/chat/state";
import { fieldErrorsFrom } from "@/lib/validation";

type ParamsDialogProps = {
  title: string;
  params: ChatParams;
  shared: boolean;
  onSave: (params: ChatParams) => void;
  onClose: () => void;
};

const NUMBER_FIELDS = ["temperature", "topP", "maxTokens", "seed"] as const;
const STEP: Record<(typeof NUMBER_FIELDS)[number], string> = {
  temperature: "0.1",
  topP: "0.05",
  maxTokens: "1",
  seed: "1",
};

/** Empty means "the provider's default"; anything else must be a number. */
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** A column's system prompt and sampling settings (or the shared ones, edited from any column). */
export function ParamsDialog({ title, params, shared, onSave, onClose }: ParamsDialogProps) {
  const t = useTranslations("chat.params");
  const fieldText = useFieldErrorText();
  const promptId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const candidate = {
      systemPrompt: String(form.get("systemPrompt") ?? ""),
      ...Object.fromEntries(NUMBER_FIELDS.map((name) => [name, numberOrNull(String(form.get(name) ?? ""))])),
    };
    const parsed = chatParamsSchema.safeParse(candidate);
    if (parsed.success) return onSave(parsed.data);
    const fields = fieldErrorsFrom(parsed.error);
    setErrors(Object.fromEntries(Object.entries(fields).map(([key, error]) => [key, fieldText(error)])));
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title} description={t("lead")}>
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        {shared && <Alert tone="info">{t("sharedNote")}</Alert>}
        <div className="flex flex-col gap-1.5">
          <label htmlFor={promptId} className="text-sm font-medium">
            {t("systemPrompt")}
          </label>
          <textarea
            id={promptId}
            name="systemPrompt"
            defaultValue={params.systemPrompt}
            rows={4}
            className="rounded-md border border-border bg-surface px-3 py-2 text-sm"
          />
        </div>
        <div className="grid grid-cols-2 gap-3">
          {NUMBER_FIELDS.map((name) => (
            <Field
              key={name}
              name={name}
              label={t(name)}
              type="number"
              inputMode="decimal"
              step={STEP[name]}
              placeholder={t("default")}
              defaultValue={params[name] ?? ""}
              error={errors[name]}
              help={t(`${name}Help`)}
            />
          ))}
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit">{t("apply")}</Button>
        </div>
      </form>
    </Dialog>
  );
}
