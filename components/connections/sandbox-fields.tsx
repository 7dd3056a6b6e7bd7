"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SANDBOX_FAILURE_STATUSES, SANDBOX_JOB_DURATIONS } from "@/lib/connections/kinds";
import type { ConnectionView } from "@/lib/connections/view";

type SandboxFieldsProps = { connection?: ConnectionView; fieldError: (name: string) => string | undefined };

/** The Sandbox's knobs: how fast its jobs run, and which failures it fakes so error handling can be tried. */
export function SandboxFields({ connection, fieldError }: SandboxFieldsProps) {
  const t = useTranslations("connections.sandbox");
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-border p-4">
      <legend className="px-1 text-sm font-medium">{t("settings")}</legend>
      <SelectField
        label={t("jobDuration")}
        name="jobSeconds"
        defaultValue={connection?.sandboxJobSeconds?.toString() ?? ""}
        options={[
          { value: "", label: t("serverDefault") },
          ...SANDBOX_JOB_DURATIONS.map((seconds) => ({ value: String(seconds), label: t("duration", { seconds }) })),
        ]}
        error={fieldError("jobSeconds")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("failurePercent")}
          name="failurePercent"
          type="number"
          min={0}
          max={100}
          defaultValue={Math.round((connection?.sandboxFailureRate ?? 0) * 100)}
          error={fieldError("failurePercent")}
        />
        <SelectField
          label={t("failureStatus")}
          name="failureStatus"
          defaultValue={String(connection?.sandboxFailureStatus ?? 429)}
          options={SANDBOX_FAILURE_STATUSES.map((status) => ({ value: String(status), label: t(`status${status}`) }))}
          error={fieldError("failureStatus")}
        />
      </div>
      <Field
        label={t("latencyMs")}
        name="latencyMs"
        type="number"
        min={0}
        max={10000}
        step={100}
        defaultValue={connection?.sandboxLatencyMs ?? 0}
        help={t("faultHelp")}
        error={fieldError("latencyMs")}
      />
      <fieldset className="flex flex-col gap-3 rounded-md border border-border p-3">
        <legend className="px-1 text-sm font-medium">{t("cutoff")}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="fineTuningClosed"
            className="mt-0.5"
            defaultChecked={connection?.sandboxFineTuningClosed ?? false}
          />
          <span>{t("cutoffClosed")}</span>
        </label>
        <Field
          label={t("cutoffAfter")}
          name="fineTuningClosedAfter"
          type="date"
          defaultValue={connection?.sandboxFineTuningClosedAfter?.toISOString().slice(0, 10) ?? ""}
          help={t("cutoffHelp")}
          error={fieldError("fineTuningClosedAfter")}
        />
      </fieldset>
    </fieldset>
  );
}
