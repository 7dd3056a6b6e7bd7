"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import type { VersionChoice } from "@/lib/jobs/create/view";
import { FilePicker } from "./file-picker";
import type { FormState } from "./form-state";
import { versionLabel } from "./training-section";

type Source = FormState["validationSource"];

/** Held-out examples the provider scores the model on while it trains, to show overfitting. */
export function ValidationSection(props: {
  sources: Source[];
  versions: VersionChoice[];
  state: Pick<FormState, "validationSource" | "validationVersionId" | "validationFile">;
  checking: boolean;
  onSourceChange: (source: Source) => void;
  onVersionChange: (versionId: string) => void;
  onFileChoose: (file: File) => void;
  errors: { source?: string; versionId?: string; file?: string };
}) {
  const t = useTranslations("newJob.validation");
  const tTraining = useTranslations("newJob.training");
  const { state } = props;
  return (
    <div className="flex flex-col gap-4">
      <SelectField
        label={t("source")}
        value={state.validationSource}
        onChange={(event) => props.onSourceChange(event.target.value as Source)}
        options={props.sources.map((source) => ({ value: source, label: t(`sources.${source}`) }))}
        error={props.errors.source}
      />
      {state.validationSource === "version" && (
        <SelectField
          label={t("version")}
          value={state.validationVersionId}
          onChange={(event) => props.onVersionChange(event.target.value)}
          options={[
            { value: "", label: t("chooseVersion") },
            ...props.versions.map((item) => ({ value: item.id, label: versionLabel(item, tTraining) })),
          ]}
          error={props.errors.versionId}
        />
      )}
      {state.validationSource === "file" && (
        <FilePicker
          label={t("file")}
          chosen={state.validationFile}
          checking={props.checking}
          onChoose={props.onFileChoose}
          error={props.errors.file}
        />
      )}
    </div>
  );
}
