/** What the new-job form starts from and offers: connections, frozen versions, and a job to train again. */
import "server-only";
import { z } from "zod";
import { canFineTune } from "@/lib/connections/kinds";
import { listConnections } from "@/lib/connections/queries";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ConnectionChoice, NewJobDefaults, VersionChoice } from "./view";

const MAX_VERSION_CHOICES = 500;

export async function listConnectionChoices(workspaceId: string): Promise<ConnectionChoice[]> {
  const connections = await listConnections(workspaceId);
  // A chat-only (inference) connection trains nothing.
  return connections.filter(({ kind }) => canFineTune(kind)).map(({ id, name, kind }) => ({ id, name, kind }));
}

/** The workspace's frozen versions, newest first. */
export async function listVersionChoices(workspaceId: string): Promise<VersionChoice[]> {
  const rows = await db.datasetVersion.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: MAX_VERSION_CHOICES,
    select: {
      id: true,
      datasetName: true,
      number: true,
      kind: true,
      exampleCount: true,
      tokenCount: true,
      validationCount: true,
      dataset: { select: { baseModel: true } },
    },
  });
  return rows.map(({ dataset, kind, ...row }) => ({
    ...row,
    kind: kind === "dpo" ? "dpo" : "chat",
    baseModel: dataset?.baseModel ?? null,
  }));
}

const choice = z.union([z.literal("auto"), z.number()]).catch("auto");
const requestedSchema = z
  .object({ n_epochs: choice, batch_size: choice, learning_rate_multiplier: choice, beta: choice })
  .catch({ n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto", beta: "auto" });
const metadataSchema = z.record(z.string(), z.string()).nullable().catch(null);

const EMPTY: NewJobDefaults = {
  connectionId: null,
  model: null,
  versionId: null,
  validation: null,
  hyperparameters: { n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto", beta: "auto" },
  suffix: "",
  seed: null,
  metadata: [],
  from: null,
};

const parseJson = (text: string | null): unknown => {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
};

/** The hyperparameters the provider resolved (numbers), over what was asked for where it resolved nothing. */
const resolvedOver = (requested: NewJobDefaults["hyperparameters"], resolved: unknown) => {
  const numbers = z.record(z.string(), z.unknown()).catch({}).parse(resolved);
  const pick = (key: keyof NewJobDefaults["hyperparameters"]) => {
    const value = numbers[key];
    return typeof value === "number" && Number.isFinite(value) ? value : requested[key];
  };
  return {
    n_epochs: pick("n_epochs"),
    batch_size: pick("batch_size"),
    learning_rate_multiplier: pick("learning_rate_multiplier"),
    beta: pick("beta"),
  };
};

/**
 * Starting values: a version to preselect (ignored unless it is the workspace's), or a job of the workspace to
 * train again with the same choices (not_found for any other job). Trained again on another connection
 * (`connectionId`, ignored unless it is the workspace's), the job's resolved hyperparameters are carried over
 * instead of "auto", so the other provider trains the same recipe.
 */
export async function newJobDefaults(options: {
  workspaceId: string;
  versionId?: string;
  fromJobId?: string;
  connectionId?: string;
}): Promise<NewJobDefaults> {
  const { workspaceId } = options;
  if (options.fromJobId) {
    const job = await db.job.findFirst({ where: { id: options.fromJobId, workspaceId } });
    if (!job) throw new AppError("not_found", "This job does not exist");
    const target = options.connectionId
      ? await db.connection.findFirst({ where: { id: options.connectionId, workspaceId }, select: { id: true } })
      : null;
    const requested = requestedSchema.parse(parseJson(job.requestedHyperparameters ?? job.hyperparameters));
    const validation =
      job.validationVersionId === null
        ? { source: "none" as const }
        : job.validationVersionId === job.trainingVersionId && job.validationPart === "validation"
          ? { source: "split" as const }
          : { source: "version" as const, versionId: job.validationVersionId };
    const elsewhere = target !== null && target.id !== job.connectionId;
    return {
      connectionId: target?.id ?? job.connectionId,
      model: job.baseModel,
      versionId: job.trainingVersionId,
      validation,
      hyperparameters: elsewhere ? resolvedOver(requested, parseJson(job.hyperparameters)) : requested,
      suffix: job.suffix ?? "",
      seed: job.seed,
      metadata: Object.entries(metadataSchema.parse(parseJson(job.metadata)) ?? {}).map(([key, value]) => ({
        key,
        value,
      })),
      from: {
        jobId: job.id,
        uploadedFile:
          job.trainingVersionId === null || (job.validationFileId !== null && job.validationVersionId === null),
      },
    };
  }
  if (options.versionId) {
    const version = await db.datasetVersion.findFirst({
      where: { id: options.versionId, workspaceId },
      select: { id: true },
    });
    return { ...EMPTY, versionId: version?.id ?? null };
  }
  return EMPTY;
}
