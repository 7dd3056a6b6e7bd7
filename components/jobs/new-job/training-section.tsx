"use client";
import { useFormatter, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import type { JobMethod } from "@/lib/jobs/create/schema";
import type { VersionChoice } from "@/lib/jobs/create/view";
import { FilePicker } from "./file-picker";
import type { ChosenFile, FormState } from "./form-state";

export function versionLabel(version: VersionChoice, t: ReturnType<typeof useTranslations<"newJob.training">>) {
  return t("versionOption", { dataset: version.datasetName, number: version.number });
}

/** What the job learns from: a frozen dataset version, or a JSONL file chosen right here; and the method. */
export function TrainingSection(props: {
  versions: VersionChoice[];
  state: Pick<FormState, "trainingSource" | "versionId" | "trainingFile" | "fileMethod">;
  method: JobMethod;
  checking: boolean;
  onSourceChange: (source: FormState["trainingSource"]) => void;
  onVersionChange: (versionId: string) => void;
  onFileChoose: (file: File) => void;
  onFileMethodChange: (method: JobMethod) => void;
  errors: { versionId?: string; file?: string };
}) {
  const t = useTranslations("newJob.training");
  const format = useFormatter();
  const { state } = props;
  const version = props.versions.find((item) => item.id === state.versionId);
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap gap-x-6 gap-y-2">
        <legend className="sr-only">{t("source")}</legend>
        {(["version", "file"] as const).map((source) => (
          <label key={source} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="trainingSource"
              checked={state.trainingSource === source}
              onChange={() => props.onSourceChange(source)}
            />
            {t(`sources.${source}`)}
          </label>
        ))}
      </fieldset>
      {state.trainingSource === "version" ? (
        props.versions.length === 0 ? (
          <p className="text-sm text-fg-muted">{t("noVersions")}</p>
        ) : (
          <div className="flex flex-col gap-2">
            <SelectField
              label={t("version")}
              value={state.versionId}
              onChange={(event) => props.onVersionChange(event.target.value)}
              options={props.versions.map((item) => ({ value: item.id, label: versionLabel(item, t) }))}
              error={props.errors.versionId}
            />
            {version && (
              <p className="text-sm text-fg-muted" data-testid="version-summary">
                {t("versionSummary", {
                  examples: version.exampleCount,
                  tokens: format.number(version.tokenCount),
                  validation: version.validationCount,
                })}
              </p>
            )}
          </div>
        )
      ) : (
        <FilePicker
          label={t("file")}
          chosen={state.trainingFile as ChosenFile | null}
          checking={props.checking}
          onChoose={props.onFileChoose}
          error={props.errors.file}
        />
      )}
      <div className="rounded-md bg-muted p-3 text-sm">
        {state.trainingSource === "file" ? (
          <SelectField
            label={t("method")}
            value={state.fileMethod}
            onChange={(event) => props.onFileMethodChange(event.target.value as JobMethod)}
            options={(["supervised", "dpo"] as const).map((method) => ({
              value: method,
              label: t(`methods.${method}`),
            }))}
            help={t(`methodHelp.${state.fileMethod}`)}
          />
        ) : (
          <p>
            <span className="font-medium">
              {t("method")}: {t(`methods.${props.method}`)}
            </span>{" "}
            <span className="text-fg-muted">
              {t(`methodHelp.${props.method}`)} {t("methodFromVersion")}
            </span>
          </p>
        )}
      </div>
    </div>
  );
}
