/** The columns of a job row that mirror the provider's job object. */
import type { ProviderJob } from "@/lib/providers/fine-tuning";

const fromUnix = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000));

export function jobFieldsFromProvider(job: ProviderJob) {
  return {
    status: job.status,
    baseModel: job.model,
    method: job.method === "dpo" ? "dpo" : "supervised",
    trainingFileId: job.trainingFile,
    validationFileId: job.validationFile,
    hyperparameters: JSON.stringify(job.hyperparameters),
    suffix: job.suffix,
    seed: job.seed,
    metadata: job.metadata ? JSON.stringify(job.metadata) : null,
    fineTunedModel: job.fineTunedModel,
    trainedTokens: job.trainedTokens,
    error: job.error ? JSON.stringify(job.error) : null,
    resultFiles: JSON.stringify(job.resultFiles),
    estimatedFinishAt: fromUnix(job.estimatedFinish),
    createdAt: new Date(job.createdAt * 1000),
    finishedAt: fromUnix(job.finishedAt),
  };
}
