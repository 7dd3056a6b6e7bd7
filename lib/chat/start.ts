/** Where a chat starts: empty, from a job (base against fine-tuned), or from a dataset version's held-out examples. */
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { firstSystemPrompt, type HeldOutExample, heldOutExamples } from "./held-out";
import { modelKindOf } from "./model-options";
import { type ChatColumn, type ChatState, emptyState, type ModelRef, newColumn } from "./state";

type JobModels = { connectionId: string | null; connectionName: string; baseModel: string };
/** What a job's chat columns are made of. */
const JOB_MODELS = { connectionId: true, connectionName: true, baseModel: true, fineTunedModel: true } as const;

function columnsFor(job: JobModels, models: string[], systemPrompt: string): ChatColumn[] {
  const ref = (model: string): ModelRef | null =>
    job.connectionId
      ? { connectionId: job.connectionId, connectionName: job.connectionName, model, kind: modelKindOf(model) }
      : null;
  return [job.baseModel, ...models].map((model) => newColumn(ref(model), systemPrompt));
}

/** The job's base model beside its fine-tuned model (or `model`, one of its checkpoints), with its system prompt. */
export async function stateFromJob(options: {
  workspaceId: string;
  jobId: string;
  model?: string;
}): Promise<ChatState> {
  const job = await db.job.findFirst({
    where: { id: options.jobId, workspaceId: options.workspaceId },
    select: {
      ...JOB_MODELS,
      checkpoints: { select: { model: true } },
      trainingVersion: { select: { jsonl: true } },
    },
  });
  if (!job) throw new AppError("not_found", "This job does not exist");
  const trained = [job.fineTunedModel, ...job.checkpoints.map((checkpoint) => checkpoint.model)];
  if (options.model && !trained.includes(options.model)) throw new AppError("not_found", "Not a model of this job");
  const compared = options.model ?? job.fineTunedModel;
  const systemPrompt = job.trainingVersion ? firstSystemPrompt(job.trainingVersion.jsonl) : "";
  return { ...emptyState(), columns: columnsFor(job, compared ? [compared] : [], systemPrompt) };
}

/**
 * A version's held-out examples (its validation part; its training part when it was not split) and, when a
 * job trained on it, that job's base and fine-tuned models side by side.
 */
export async function startFromVersion(options: { workspaceId: string; versionId: string }): Promise<{
  state: ChatState;
  examples: HeldOutExample[];
  heldOut: boolean;
  versionLabel: string;
}> {
  const version = await db.datasetVersion.findFirst({
    where: { id: options.versionId, workspaceId: options.workspaceId },
    select: {
      id: true,
      datasetName: true,
      number: true,
      jsonl: true,
      validationJsonl: true,
      trainingJobs: {
        where: { fineTunedModel: { not: null } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: JOB_MODELS,
      },
    },
  });
  if (!version) throw new AppError("not_found", "This version does not exist");
  const job = version.trainingJobs[0];
  const examples = heldOutExamples(version.validationJsonl ?? version.jsonl);
  const systemPrompt = examples[0]?.systemPrompt ?? "";
  const columns = job?.fineTunedModel
    ? columnsFor(job, [job.fineTunedModel], systemPrompt)
    : [newColumn(null, systemPrompt)];
  return {
    state: { ...emptyState(), columns },
    examples,
    heldOut: version.validationJsonl !== null,
    versionLabel: `${version.datasetName} v${version.number}`,
  };
}
