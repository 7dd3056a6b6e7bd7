"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { HYPERPARAMETER_RANGES } from "@/lib/models/hyperparameters";
import type { FormState, HyperparameterKey } from "./form-state";

const STEPS: Record<HyperparameterKey, string> = {
  n_epochs: "1",
  batch_size: "1",
  learning_rate_multiplier: "0.01",
  beta: "0.01",
};

/** Auto (the provider picks from the data's size) or a number of one's own, per hyperparameter. */
export function HyperparametersSection(props: {
  keys: readonly HyperparameterKey[];
  values: FormState["hyperparameters"];
  autoEpochs: number | null;
  onChange: (key: HyperparameterKey, value: { auto: boolean; value: string }) => void;
  errors: Partial<Record<HyperparameterKey, string>>;
}) {
  const t = useTranslations("newJob.hyperparameters");
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {props.keys.map((key) => {
        const current = props.values[key];
        const range = HYPERPARAMETER_RANGES[key];
        return (
          <fieldset key={key} className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-semibold">{t(`${key}.label`)}</legend>
            <p className="text-xs text-fg-muted">{t(`${key}.explain`)}</p>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={current.auto}
                onChange={(event) => props.onChange(key, { ...current, auto: event.target.checked })}
              />
              {t("auto")}
            </label>
            <Field
              label={t(`${key}.value`)}
              type="number"
              inputMode="decimal"
              step={STEPS[key]}
              min={range.min}
              max={range.max}
              disabled={current.auto}
              placeholder={
                current.auto
                  ? key === "n_epochs" && props.autoEpochs !== null
                    ? t("autoEpochs", { epochs: props.autoEpochs })
                    : t("autoPlaceholder")
                  : ""
              }
              value={current.auto ? "" : current.value}
              onChange={(event) => props.onChange(key, { ...current, value: event.target.value })}
              help={t(`${key}.range`)}
              error={current.auto ? undefined : props.errors[key]}
            />
          </fieldset>
        );
      })}
    </div>
  );
}
