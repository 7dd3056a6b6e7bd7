/** The new-job form's values as the browser holds them, and the action input they become. */
import type { FileCheck } from "@/lib/jobs/create/file-check";
import type { JobFormInput, JobMethod } from "@/lib/jobs/create/schema";
import type { ConnectionChoice, NewJobDefaults, VersionChoice } from "@/lib/jobs/create/view";
import { DEFAULT_BASE_MODEL } from "@/lib/models/snapshots";

export const HYPERPARAMETER_KEYS = ["n_epochs", "batch_size", "learning_rate_multiplier", "beta"] as const;
export type HyperparameterKey = (typeof HYPERPARAMETER_KEYS)[number];

/** A file chosen on the form: its text (checked again when the model or method changes) and the check. */
export type ChosenFile = {
  file: File;
  text: string;
  check: FileCheck;
  /** set once uploaded to a connection, so a retry sends the file id instead of the bytes again */
  uploaded: { connectionId: string; fileId: string } | null;
};

export type FormState = {
  connectionId: string;
  model: string;
  trainingSource: "version" | "file";
  versionId: string;
  trainingFile: ChosenFile | null;
  fileMethod: JobMethod;
  validationSource: "split" | "version" | "file" | "none";
  validationVersionId: string;
  validationFile: ChosenFile | null;
  hyperparameters: Record<HyperparameterKey, { auto: boolean; value: string }>;
  suffix: string;
  seed: string;
  metadata: { key: string; value: string }[];
};

export function initialState(options: {
  defaults: NewJobDefaults;
  connections: ConnectionChoice[];
  versions: VersionChoice[];
}): FormState {
  const { defaults, connections, versions } = options;
  const connection =
    connections.find((item) => item.id === defaults.connectionId) ??
    connections.find((item) => item.kind === "sandbox") ??
    connections[0];
  const version = versions.find((item) => item.id === defaults.versionId);
  const validation = defaults.validation ?? { source: version && version.validationCount > 0 ? "split" : "none" };
  const hyperparameters = Object.fromEntries(
    HYPERPARAMETER_KEYS.map((key) => {
      const value = defaults.hyperparameters[key];
      return [key, { auto: value === "auto", value: value === "auto" ? "" : String(value) }];
    }),
  ) as FormState["hyperparameters"];
  return {
    connectionId: connection?.id ?? "",
    model: defaults.model ?? version?.baseModel ?? DEFAULT_BASE_MODEL,
    // A job trained again from a file chosen on the form asks for a file again rather than guessing a version.
    trainingSource: version || (versions.length > 0 && !defaults.from?.uploadedFile) ? "version" : "file",
    versionId: version?.id ?? versions[0]?.id ?? "",
    trainingFile: null,
    fileMethod: "supervised",
    validationSource: validation.source,
    validationVersionId: validation.source === "version" ? validation.versionId : "",
    validationFile: null,
    hyperparameters,
    suffix: defaults.suffix,
    seed: defaults.seed === null ? "" : String(defaults.seed),
    metadata: defaults.metadata,
  };
}

/** The method the job trains with: the version's kind decides, or what the uploaded file holds. */
export function methodOf(state: FormState, versions: VersionChoice[]): JobMethod {
  if (state.trainingSource === "file") return state.fileMethod;
  return versions.find((version) => version.id === state.versionId)?.kind === "dpo" ? "dpo" : "supervised";
}

const choice = ({ auto, value }: { auto: boolean; value: string }) =>
  auto ? ("auto" as const) : value.trim() === "" ? Number.NaN : Number(value);

function uploadedId(file: ChosenFile | null, connectionId: string) {
  return file?.uploaded?.connectionId === connectionId ? file.uploaded.fileId : undefined;
}

export function toInput(state: FormState, options: { method: JobMethod; sendSensitiveData: boolean }): JobFormInput {
  const { hyperparameters: hp, connectionId } = state;
  const training: JobFormInput["training"] =
    state.trainingSource === "version"
      ? { source: "version", versionId: state.versionId }
      : {
          source: "file",
          fileId: uploadedId(state.trainingFile, connectionId),
          filename: state.trainingFile?.file.name ?? "",
          method: state.fileMethod,
          examples: state.trainingFile?.check.examples ?? 0,
          billingTokens: state.trainingFile?.check.billingTokens ?? 0,
        };
  const validation: JobFormInput["validation"] =
    state.validationSource === "version"
      ? { source: "version", versionId: state.validationVersionId }
      : state.validationSource === "file"
        ? {
            source: "file",
            fileId: uploadedId(state.validationFile, connectionId),
            filename: state.validationFile?.file.name ?? "",
          }
        : { source: state.validationSource };
  return {
    connectionId,
    model: state.model,
    training,
    validation,
    hyperparameters: {
      n_epochs: choice(hp.n_epochs),
      batch_size: choice(hp.batch_size),
      learning_rate_multiplier: choice(hp.learning_rate_multiplier),
      ...(options.method === "dpo" && { beta: choice(hp.beta) }),
    },
    suffix: state.suffix,
    seed: state.seed.trim() === "" ? null : Number(state.seed),
    metadata: state.metadata,
    sendSensitiveData: options.sendSensitiveData,
  };
}
