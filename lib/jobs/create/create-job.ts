/**
 * Starts a fine-tuning job: uploads the data (or reuses the same bytes uploaded before), creates the job at the
 * provider, and only then records it, so a failure at any step leaves no job row behind.
 */
import "server-only";
import { record } from "@/lib/audit/record";
import type { Access } from "@/lib/auth/access";
import { canFineTune } from "@/lib/connections/kinds";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { getVersionFileOrThrow } from "@/lib/datasets/queries";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type FineTuningClient, fineTuningClient, type ProviderHyperparameters } from "@/lib/providers/fine-tuning";
import { jobFieldsFromProvider } from "../from-provider";
import { providerFailure } from "./provider-failure";
import { ensureProviderFile, getUploadedFileOrThrow } from "./provider-files";
import { reviewJob } from "./review";
import type { JobForm, JobMethod } from "./schema";

/** Azure OpenAI takes shorter suffixes than OpenAI. */
const AZURE_MAX_SUFFIX = 40;

type Sent = { providerFileId: string; filename: string };
type Ref = { workspaceId: string; connectionId: string; client: FineTuningClient };

async function sendTraining(ref: Ref, form: JobForm): Promise<Sent & { versionId: string | null }> {
  const { training } = form;
  if (training.source === "file") {
    const file = await getUploadedFileOrThrow({ ...ref, fileId: training.fileId ?? "", field: "training.fileId" });
    return { ...file, versionId: null };
  }
  const { filename, jsonl } = await getVersionFileOrThrow({
    workspaceId: ref.workspaceId,
    versionId: training.versionId,
    part: "training",
  });
  const file = await ensureProviderFile({ ...ref, bytes: Buffer.from(jsonl), filename, purpose: "training" });
  return { ...file, versionId: training.versionId };
}

type SentValidation = Sent & { versionId: string | null; part: "training" | "validation" | null };

async function sendValidation(ref: Ref, form: JobForm): Promise<SentValidation | null> {
  const { validation, training } = form;
  if (validation.source === "none") return null;
  if (validation.source === "file") {
    const file = await getUploadedFileOrThrow({ ...ref, fileId: validation.fileId ?? "", field: "validation.fileId" });
    return { ...file, versionId: null, part: null };
  }
  const [versionId, part] =
    validation.source === "split" && training.source === "version"
      ? [training.versionId, "validation" as const]
      : [validation.source === "version" ? validation.versionId : "", "training" as const];
  const { filename, jsonl } = await getVersionFileOrThrow({ workspaceId: ref.workspaceId, versionId, part });
  const file = await ensureProviderFile({ ...ref, bytes: Buffer.from(jsonl), filename, purpose: "validation" });
  return { ...file, versionId, part };
}

function providerHyperparameters(form: JobForm, method: JobMethod): ProviderHyperparameters {
  const { beta, ...common } = form.hyperparameters;
  return method === "dpo" ? { ...common, beta: beta ?? "auto" } : common;
}

export async function createJob({ access, form }: { access: Access; form: JobForm }): Promise<{ jobId: string }> {
  const workspaceId = access.workspace.id;
  const connection = await getConnectionOrThrow({ workspaceId, connectionId: form.connectionId });
  if (!canFineTune(connection.kind)) throw new AppError("invalid_input", "This connection is for chat only");
  if (connection.kind === "azure" && (form.suffix?.length ?? 0) > AZURE_MAX_SUFFIX) {
    throw new AppError("invalid_input", "Azure takes shorter suffixes", {
      fields: { suffix: { code: "tooLong", params: { max: AZURE_MAX_SUFFIX } } },
    });
  }
  const review = await reviewJob({ workspaceId, form });
  if (review.sensitive.examples > 0 && !form.sendSensitiveData) {
    throw new AppError("invalid_input", "The data holds sensitive data", {
      fields: { sendSensitiveData: { code: "confirmSensitiveData" } },
    });
  }
  const ref = { workspaceId, connectionId: connection.id, client: fineTuningClient(connection) };
  const trainingFile = await sendTraining(ref, form);
  const validationFile = await sendValidation(ref, form);
  const hyperparameters = providerHyperparameters(form, review.method);
  const metadata =
    form.metadata.length > 0 ? Object.fromEntries(form.metadata.map((row) => [row.key, row.value])) : null;
  const providerJob = await ref.client
    .createJob({
      model: form.model,
      trainingFile: trainingFile.providerFileId,
      validationFile: validationFile?.providerFileId ?? null,
      method: review.method,
      hyperparameters,
      suffix: form.suffix,
      seed: form.seed,
      metadata,
    })
    .catch((error: unknown) => {
      throw providerFailure(error, "createJob");
    });
  const fields = {
    ...jobFieldsFromProvider(providerJob),
    connectionName: connection.name,
    connectionKind: connection.kind,
    trainingVersionId: trainingFile.versionId,
    validationVersionId: validationFile?.versionId ?? null,
    validationPart: validationFile?.part ?? null,
    trainingFileName: trainingFile.filename,
    validationFileName: validationFile?.filename ?? null,
    requestedHyperparameters: JSON.stringify(hyperparameters),
    exampleCount: review.examples,
    billedTokens: review.billedTokens,
    estimatedCost: review.cost,
    startedById: access.user.id,
    startedByName: access.user.name,
    external: false,
    nextSyncAt: new Date(),
  };
  // The background sync may have imported the new job in the meantime: then it becomes the app's own.
  const job = await db.job.upsert({
    where: { connectionId_providerJobId: { connectionId: connection.id, providerJobId: providerJob.id } },
    create: { ...fields, workspaceId, connectionId: connection.id, providerJobId: providerJob.id },
    update: fields,
    select: { id: true },
  });
  await record(access, "job.started", { type: "job", id: job.id, name: form.suffix ?? null }, { model: form.model });
  return { jobId: job.id };
}
