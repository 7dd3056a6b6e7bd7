/**
 * "Train again elsewhere": a job's recipe (the same dataset versions, method, resolved hyperparameters, suffix,
 * seed and metadata) as a new-job form for another connection, reviewed with that connection's cost estimate.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listBaseModels } from "@/lib/jobs/base-models";
import { listConnectionChoices, newJobDefaults } from "@/lib/jobs/create/defaults";
import { reviewJob } from "@/lib/jobs/create/review";
import { type JobFormInput, jobFormSchema } from "@/lib/jobs/create/schema";
import type { ConnectionChoice, JobReview } from "@/lib/jobs/create/view";
import type { ProviderFailure } from "@/lib/providers/failures";

type JobRef = { workspaceId: string; jobId: string };

export type TrainElsewhereReview = {
  form: JobFormInput;
  review: JobReview;
  connectionName: string;
  trainingName: string;
  /** the models the target offers; the job's base model is kept when it is one of them */
  models: string[];
  modelOffered: boolean;
  modelsFailure: ProviderFailure | null;
};

/** The workspace's other connections a job can be trained again on (not_found for another workspace's job). */
export async function trainElsewhereTargets({ workspaceId, jobId }: JobRef): Promise<ConnectionChoice[]> {
  const job = await db.job.findFirst({ where: { id: jobId, workspaceId }, select: { connectionId: true } });
  if (!job) throw new AppError("not_found", "This job does not exist");
  const connections = await listConnectionChoices(workspaceId);
  return connections.filter((connection) => connection.id !== job.connectionId);
}

/** The job's recipe for `connectionId`, with `model` instead of the job's base model when given. */
export async function trainElsewhereForm(options: JobRef & { connectionId: string; model?: string }) {
  const { workspaceId, jobId, connectionId } = options;
  const defaults = await newJobDefaults({ workspaceId, fromJobId: jobId, connectionId });
  if (defaults.connectionId !== connectionId) throw new AppError("not_found", "This connection does not exist");
  if (!defaults.versionId || defaults.from?.uploadedFile) {
    throw new AppError("invalid_input", "The job trained on a file chosen on the form", {
      reason: { code: "trainedOnFile" },
    });
  }
  const version = await db.datasetVersion.findFirstOrThrow({
    where: { id: defaults.versionId, workspaceId },
    select: { kind: true, datasetName: true, number: true },
  });
  const { beta, ...common } = defaults.hyperparameters;
  const form: JobFormInput = {
    connectionId,
    model: options.model ?? defaults.model ?? "",
    training: { source: "version", versionId: defaults.versionId },
    validation: defaults.validation ?? { source: "none" },
    hyperparameters: version.kind === "dpo" ? { ...common, beta } : common,
    suffix: defaults.suffix,
    seed: defaults.seed,
    metadata: defaults.metadata,
    sendSensitiveData: false,
  };
  return { form, trainingName: `${version.datasetName} v${version.number}` };
}

export async function reviewTrainElsewhere(
  options: JobRef & { connectionId: string; model?: string },
): Promise<TrainElsewhereReview> {
  const { form, trainingName } = await trainElsewhereForm(options);
  const [review, models, connection] = await Promise.all([
    reviewJob({ workspaceId: options.workspaceId, form: jobFormSchema.parse(form) }),
    listBaseModels({ workspaceId: options.workspaceId, connectionId: options.connectionId }),
    db.connection.findFirstOrThrow({ where: { id: options.connectionId }, select: { name: true } }),
  ]);
  const ids = models.models.map((model) => model.id);
  return {
    form,
    review,
    connectionName: connection.name,
    trainingName,
    models: ids,
    modelOffered: ids.includes(form.model),
    modelsFailure: models.failure,
  };
}
