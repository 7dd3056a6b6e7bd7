"use client";
import { ClipboardCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { reviewJobAction } from "@/app/(app)/jobs/new/actions";
import { useErrorText, useFieldErrorText } from "@/components/errors/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ErrorBody } from "@/lib/errors";
import { MAX_FORM_FILE_BYTES } from "@/lib/jobs/create/limits";
import type { JobMethod } from "@/lib/jobs/create/schema";
import type { ConnectionChoice, NewJobDefaults, VersionChoice } from "@/lib/jobs/create/view";
import { resolveEpochs } from "@/lib/jobs/estimate";
import { DetailsSection } from "./details-section";
import { type ChosenFile, type FormState, HYPERPARAMETER_KEYS, initialState, methodOf, toInput } from "./form-state";
import { HyperparametersSection } from "./hyperparameters-section";
import { ModelSection } from "./model-section";
import { ReviewDialog, type ReviewSummary } from "./review-dialog";
import { Section } from "./section";
import { TrainingSection, versionLabel } from "./training-section";
import { useCreateJob } from "./use-create-job";
import { ValidationSection } from "./validation-section";

type Purpose = "training" | "validation";

/** Reads and checks a chosen file in the browser; the checker (and its tokenizer) loads only when needed. */
async function checkFile(file: File, options: { model: string; method: JobMethod | null; purpose: Purpose }) {
  const { checkJobFile, detectMethod } = await import("@/lib/jobs/create/file-check");
  const text = await file.text();
  const method = options.method ?? detectMethod(text);
  return { text, method, check: checkJobFile(text, { model: options.model, method, purpose: options.purpose }) };
}

export function NewJobForm(props: {
  connections: ConnectionChoice[];
  versions: VersionChoice[];
  defaults: NewJobDefaults;
}) {
  const t = useTranslations();
  const tTraining = useTranslations("newJob.training");
  const errorText = useErrorText();
  const fieldText = useFieldErrorText("newJob.fieldErrors");
  const [state, setState] = useState(() => initialState(props));
  const [checking, setChecking] = useState<Purpose | null>(null);
  const [failure, setFailure] = useState<ErrorBody | null>(null);
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  const [reviewing, startReview] = useTransition();
  const method = methodOf(state, props.versions);
  const creating = useCreateJob({
    state,
    method,
    onUploaded: (purpose, uploaded) =>
      setState((current) => {
        const key = purpose === "training" ? "trainingFile" : "validationFile";
        const chosen = current[key];
        return chosen ? { ...current, [key]: { ...chosen, uploaded } } : current;
      }),
  });
  const connection = props.connections.find((item) => item.id === state.connectionId);
  const version = props.versions.find((item) => item.id === state.versionId);
  const fields = { ...failure?.fields, ...creating.failure?.fields };
  const errorOf = (field: string) => (fields[field] ? fieldText(fields[field]) : undefined);

  const update = (patch: Partial<FormState>) => {
    setState((current) => ({ ...current, ...patch }));
    setFailure(null);
  };

  async function chooseFile(purpose: Purpose, file: File, options: { model?: string; method?: JobMethod } = {}) {
    const key = purpose === "training" ? "trainingFile" : "validationFile";
    if (file.size > MAX_FORM_FILE_BYTES) {
      setFailure({
        code: "invalid_input",
        fields: { [`${purpose}.file`]: { code: "fileTooLarge", params: { maxMb: MAX_FORM_FILE_BYTES / 1024 / 1024 } } },
      });
      return;
    }
    setChecking(purpose);
    // A new file starts unchecked; the check runs after React has shown that it is checking.
    update({ [key]: null });
    const model = options.model ?? state.model;
    const fileMethod = options.method ?? (purpose === "training" ? null : method);
    const checked = await checkFile(file, { model, method: fileMethod, purpose });
    const chosen: ChosenFile = { file, text: checked.text, check: checked.check, uploaded: null };
    setChecking(null);
    update(purpose === "training" ? { trainingFile: chosen, fileMethod: checked.method } : { validationFile: chosen });
  }

  /** The checks depend on the model's token limit and on the method: chosen files are checked again. */
  function recheck(options: { model?: string; method?: JobMethod }) {
    const trainingMethod = options.method ?? state.fileMethod;
    if (state.trainingFile)
      void chooseFile("training", state.trainingFile.file, { ...options, method: trainingMethod });
    if (state.validationFile)
      void chooseFile("validation", state.validationFile.file, { ...options, method: trainingMethod });
  }

  const validationSources: FormState["validationSource"][] = [
    ...(state.trainingSource === "version" && version && version.validationCount > 0 ? (["split"] as const) : []),
    "version",
    "file",
    "none",
  ];

  function review() {
    startReview(async () => {
      const result = await reviewJobAction(toInput(state, { method, sendSensitiveData: false }));
      if (!result.ok) {
        setFailure(result.error);
        return;
      }
      setFailure(null);
      creating.clearFailure();
      const files = [
        state.trainingSource === "file" ? state.trainingFile : null,
        state.validationSource === "file" ? state.validationFile : null,
      ];
      const kinds = { ...result.data.sensitive.kinds };
      let examples = result.data.sensitive.examples;
      for (const chosen of files) {
        if (!chosen) continue;
        examples += chosen.check.sensitive.examples;
        for (const [kind, count] of Object.entries(chosen.check.sensitive.kinds)) {
          kinds[kind as keyof typeof kinds] = (kinds[kind as keyof typeof kinds] ?? 0) + count;
        }
      }
      setSummary({
        review: result.data,
        model: state.model,
        connectionName: connection?.name ?? "",
        trainingName:
          state.trainingSource === "version" && version
            ? versionLabel(version, tTraining)
            : (state.trainingFile?.file.name ?? ""),
        autoEpochs: state.hyperparameters.n_epochs.auto,
        sensitive: { examples, kinds },
        fileProblems: files.some((chosen) => chosen && !chosen.check.ok),
      });
    });
  }

  const formFailure = failure && !summary ? failureText(failure) : undefined;
  function failureText(value: ErrorBody, withFields = false): string {
    const texts = withFields && !value.reason ? Object.values(value.fields ?? {}).map(fieldText) : [];
    return texts.length > 0 ? texts.join(" ") : errorText(value);
  }

  const examplesForEpochs =
    state.trainingSource === "file" ? state.trainingFile?.check.examples : version?.exampleCount;
  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        review();
      }}
    >
      {props.defaults.from && (
        <Alert tone="info">
          {t("newJob.trainAgain")} {props.defaults.from.uploadedFile && t("newJob.trainAgainFile")}
        </Alert>
      )}
      <Section id="where" title={t("newJob.sections.where")} lead={t("newJob.sections.whereLead")}>
        <ModelSection
          connections={props.connections}
          connectionId={state.connectionId}
          model={state.model}
          onConnectionChange={(connectionId) => update({ connectionId })}
          onModelChange={(model) => {
            update({ model });
            recheck({ model });
          }}
          errors={{ connectionId: errorOf("connectionId"), model: errorOf("model") }}
        />
      </Section>
      <Section id="data" title={t("newJob.sections.data")} lead={t("newJob.sections.dataLead")}>
        <TrainingSection
          versions={props.versions}
          state={state}
          method={method}
          checking={checking === "training"}
          onSourceChange={(trainingSource) =>
            update({ trainingSource, ...(state.validationSource === "split" && { validationSource: "none" }) })
          }
          onVersionChange={(versionId) => {
            const next = props.versions.find((item) => item.id === versionId);
            update({
              versionId,
              validationSource:
                next && next.validationCount > 0
                  ? "split"
                  : state.validationSource === "split"
                    ? "none"
                    : state.validationSource,
              ...(next?.baseModel && !props.defaults.model && { model: next.baseModel }),
            });
          }}
          onFileChoose={(file) => void chooseFile("training", file)}
          onFileMethodChange={(fileMethod) => {
            update({ fileMethod });
            recheck({ method: fileMethod });
          }}
          errors={{
            versionId: errorOf("training.versionId"),
            file: errorOf("training.filename") ?? errorOf("training.file") ?? errorOf("training.fileId"),
          }}
        />
      </Section>
      <Section id="validation" title={t("newJob.sections.validation")} lead={t("newJob.sections.validationLead")}>
        <ValidationSection
          sources={validationSources}
          versions={props.versions.filter(
            (item) => item.id !== state.versionId && (item.kind === "dpo") === (method === "dpo"),
          )}
          state={state}
          checking={checking === "validation"}
          onSourceChange={(validationSource) => update({ validationSource })}
          onVersionChange={(validationVersionId) => update({ validationVersionId })}
          onFileChoose={(file) => void chooseFile("validation", file)}
          errors={{
            source: errorOf("validation.source"),
            versionId: errorOf("validation.versionId"),
            file: errorOf("validation.filename") ?? errorOf("validation.file") ?? errorOf("validation.fileId"),
          }}
        />
      </Section>
      <Section
        id="hyperparameters"
        title={t("newJob.sections.hyperparameters")}
        lead={t("newJob.sections.hyperparametersLead")}
      >
        <HyperparametersSection
          keys={HYPERPARAMETER_KEYS.filter((key) => key !== "beta" || method === "dpo")}
          values={state.hyperparameters}
          autoEpochs={
            examplesForEpochs ? resolveEpochs({ method, requested: "auto", examples: examplesForEpochs }) : null
          }
          onChange={(key, value) => update({ hyperparameters: { ...state.hyperparameters, [key]: value } })}
          errors={Object.fromEntries(HYPERPARAMETER_KEYS.map((key) => [key, errorOf(`hyperparameters.${key}`)]))}
        />
      </Section>
      <Section id="details" title={t("newJob.sections.details")} lead={t("newJob.sections.detailsLead")}>
        <DetailsSection
          state={state}
          suffixMax={connection?.kind === "azure" ? 40 : 64}
          onChange={update}
          errorOf={errorOf}
        />
      </Section>
      {formFailure && <Alert>{formFailure}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" pending={reviewing} disabled={checking !== null || !connection}>
          <ClipboardCheck aria-hidden className="size-4" />
          {reviewing ? t("newJob.reviewing") : t("newJob.review.open")}
        </Button>
      </div>
      {summary && (
        <ReviewDialog
          summary={summary}
          progress={creating.progress}
          error={creating.failure ? failureText(creating.failure, true) : undefined}
          onConfirm={(sendSensitiveData) => void creating.start(sendSensitiveData)}
          onCancelUpload={creating.cancelUpload}
          onClose={() => {
            setSummary(null);
            if (creating.failure) setFailure(creating.failure);
          }}
        />
      )}
    </form>
  );
}
