"use client";
import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { MAX_METADATA_PAIRS } from "@/lib/jobs/create/limits";
import type { FormState } from "./form-state";

/** Suffix, seed and metadata: how the model is named, made repeatable, and labelled for the team. */
export function DetailsSection(props: {
  state: Pick<FormState, "suffix" | "seed" | "metadata">;
  suffixMax: number;
  onChange: (patch: Partial<Pick<FormState, "suffix" | "seed" | "metadata">>) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const t = useTranslations("newJob.details");
  const { state, onChange } = props;
  const setRow = (index: number, patch: Partial<{ key: string; value: string }>) =>
    onChange({ metadata: state.metadata.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <div className="flex flex-col gap-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("suffix")}
          value={state.suffix}
          maxLength={props.suffixMax}
          onChange={(event) => onChange({ suffix: event.target.value })}
          help={t("suffixHelp", { max: props.suffixMax })}
          error={props.errorOf("suffix")}
        />
        <Field
          label={t("seed")}
          type="number"
          inputMode="numeric"
          min={0}
          value={state.seed}
          onChange={(event) => onChange({ seed: event.target.value })}
          help={t("seedHelp")}
          error={props.errorOf("seed")}
        />
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium">{t("metadata")}</legend>
        <p className="text-xs text-fg-muted">{t("metadataHelp", { max: MAX_METADATA_PAIRS })}</p>
        {state.metadata.map((row, index) => (
          // Rows have no identity of their own; they are only added at the end and removed by position.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <Field
              label={t("key", { number: index + 1 })}
              value={row.key}
              maxLength={64}
              onChange={(event) => setRow(index, { key: event.target.value })}
              error={props.errorOf(`metadata.${index}.key`)}
            />
            <Field
              label={t("value", { number: index + 1 })}
              value={row.value}
              maxLength={512}
              onChange={(event) => setRow(index, { value: event.target.value })}
              error={props.errorOf(`metadata.${index}.value`)}
            />
            <Button
              variant="ghost"
              size="sm"
              className="mt-7"
              aria-label={t("remove", { number: index + 1 })}
              onClick={() => onChange({ metadata: state.metadata.filter((_, i) => i !== index) })}
            >
              <X aria-hidden className="size-4" />
            </Button>
          </div>
        ))}
        {props.errorOf("metadata") && <p className="text-sm text-danger">{props.errorOf("metadata")}</p>}
        <div>
          <Button
            variant="secondary"
            size="sm"
            disabled={state.metadata.length >= MAX_METADATA_PAIRS}
            onClick={() => onChange({ metadata: [...state.metadata, { key: "", value: "" }] })}
          >
            <Plus aria-hidden className="size-4" />
            {t("addMetadata")}
          </Button>
        </div>
      </fieldset>
    </div>
  );
}
