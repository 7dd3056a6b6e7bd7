/**
 * The fine-tuning calls of the OpenAI API (files, uploads, jobs, events, checkpoints, models), as plain
 * values the rest of the app can store and test without knowing the SDK's types.
 */
import "server-only";
import type OpenAI from "openai";
import { toFile } from "openai";
import type { JobStatus } from "@/lib/jobs/status";
import type { RequestedHyperparameters } from "@/lib/models/hyperparameters";
import type { ClientOptions, ConnectionCredentials } from "./client";
import { createProviderClient } from "./client";
import { cappedItems } from "./pages";

export type ProviderHyperparameters = RequestedHyperparameters;

export type ProviderJob = {
  id: string;
  status: JobStatus;
  model: string;
  method: "supervised" | "dpo" | "reinforcement";
  fineTunedModel: string | null;
  /** unix seconds */
  createdAt: number;
  finishedAt: number | null;
  estimatedFinish: number | null;
  trainingFile: string;
  validationFile: string | null;
  trainedTokens: number | null;
  hyperparameters: ProviderHyperparameters;
  seed: number | null;
  suffix: string | null;
  metadata: Record<string, string> | null;
  resultFiles: string[];
  error: { code: string; message: string; param: string | null } | null;
};

export type ProviderEvent = {
  id: string;
  createdAt: number;
  level: "info" | "warn" | "error";
  type: "message" | "metrics";
  message: string;
  data: unknown;
};

export type ProviderCheckpoint = {
  id: string;
  step: number;
  model: string;
  metrics: Record<string, number | undefined>;
  createdAt: number;
};

export type CreateJobRequest = {
  model: string;
  trainingFile: string;
  validationFile?: string | null;
  method: "supervised" | "dpo";
  hyperparameters: ProviderHyperparameters;
  suffix?: string | null;
  seed?: number | null;
  metadata?: Record<string, string> | null;
};

/** Files above this size go through the Uploads API in parts, as OpenAI requires. */
const UPLOADS_API_THRESHOLD = 512 * 1024 * 1024;
const UPLOAD_PART_BYTES = 64 * 1024 * 1024;

export function fineTuningClient(connection: ConnectionCredentials, options: ClientOptions = {}) {
  const client = createProviderClient(connection, options);
  return {
    /** Uploads a JSONL training file; returns the provider's file id. */
    async uploadFile(
      file: { bytes: Buffer; filename: string },
      { partThreshold = UPLOADS_API_THRESHOLD, partBytes = UPLOAD_PART_BYTES } = {},
    ): Promise<string> {
      if (file.bytes.length <= partThreshold) {
        const created = await client.files.create({
          file: await toFile(file.bytes, file.filename, { type: "application/jsonl" }),
          purpose: "fine-tune",
        });
        return created.id;
      }
      const upload = await client.uploads.create({
        bytes: file.bytes.length,
        filename: file.filename,
        mime_type: "application/jsonl",
        purpose: "fine-tune",
      });
      try {
        const partIds: string[] = [];
        for (let start = 0; start < file.bytes.length; start += partBytes) {
          const chunk = file.bytes.subarray(start, start + partBytes);
          const part = await client.uploads.parts.create(upload.id, {
            data: await toFile(chunk, `${file.filename}.part${partIds.length + 1}`),
          });
          partIds.push(part.id);
        }
        const completed = await client.uploads.complete(upload.id, { part_ids: partIds });
        if (!completed.file) throw new Error(`Upload ${upload.id} completed without a file`);
        return completed.file.id;
      } catch (error) {
        await client.uploads.cancel(upload.id).catch(() => undefined);
        throw error;
      }
    },

    /** Whether a file uploaded earlier still exists at the provider. */
    async fileExists(fileId: string): Promise<boolean> {
      try {
        await client.files.retrieve(fileId);
        return true;
      } catch (error) {
        if (isStatus(error, 404)) return false;
        throw error;
      }
    },

    async fileContent(fileId: string): Promise<Response> {
      return client.files.content(fileId);
    },

    async createJob(request: CreateJobRequest): Promise<ProviderJob> {
      const hyperparameters = request.hyperparameters;
      const method =
        request.method === "dpo"
          ? { type: "dpo" as const, dpo: { hyperparameters } }
          : {
              type: "supervised" as const,
              supervised: { hyperparameters: withoutBeta(hyperparameters) },
            };
      const job = await client.fineTuning.jobs.create({
        model: request.model,
        training_file: request.trainingFile,
        validation_file: request.validationFile ?? undefined,
        method,
        suffix: request.suffix ?? undefined,
        seed: request.seed ?? undefined,
        metadata: request.metadata ?? undefined,
      });
      return toProviderJob(job);
    },

    async retrieveJob(jobId: string): Promise<ProviderJob> {
      return toProviderJob(await client.fineTuning.jobs.retrieve(jobId));
    },

    /** All jobs of the account, newest first, at most `max`. */
    async listJobs({ max = 1000 } = {}): Promise<ProviderJob[]> {
      const jobs: ProviderJob[] = [];
      for await (const job of cappedItems(client.fineTuning.jobs.list({ limit: 100 }), "Listing jobs")) {
        jobs.push(toProviderJob(job));
        if (jobs.length >= max) break;
      }
      return jobs;
    },

    async cancelJob(jobId: string): Promise<ProviderJob> {
      return toProviderJob(await client.fineTuning.jobs.cancel(jobId));
    },
    async pauseJob(jobId: string): Promise<ProviderJob> {
      return toProviderJob(await client.fineTuning.jobs.pause(jobId));
    },
    async resumeJob(jobId: string): Promise<ProviderJob> {
      return toProviderJob(await client.fineTuning.jobs.resume(jobId));
    },

    /**
     * The job's events newer than `afterEventId` (all when null), oldest first. The API lists newest
     * first, so pages are read until the known event turns up.
     */
    async eventsSince(jobId: string, afterEventId: string | null, { pageSize = 100 } = {}): Promise<ProviderEvent[]> {
      const newestFirst: ProviderEvent[] = [];
      const events = client.fineTuning.jobs.listEvents(jobId, { limit: pageSize });
      for await (const event of cappedItems(events, `Listing the events of ${jobId}`)) {
        if (event.id === afterEventId) break;
        newestFirst.push(toProviderEvent(event));
      }
      return newestFirst.reverse();
    },

    /** All checkpoints of the job, oldest step first. */
    async checkpoints(jobId: string): Promise<ProviderCheckpoint[]> {
      const checkpoints: ProviderCheckpoint[] = [];
      const pages = client.fineTuning.jobs.checkpoints.list(jobId, { limit: 100 });
      for await (const checkpoint of cappedItems(pages, `Listing the checkpoints of ${jobId}`)) {
        checkpoints.push({
          id: checkpoint.id,
          step: checkpoint.step_number,
          model: checkpoint.fine_tuned_model_checkpoint,
          metrics: { ...checkpoint.metrics },
          createdAt: unixSecondsOr(checkpoint.created_at),
        });
      }
      return checkpoints.sort((a, b) => a.step - b.step);
    },

    async listModelIds(): Promise<string[]> {
      const ids: string[] = [];
      for await (const model of client.models.list()) ids.push(model.id);
      return ids;
    },
  };
}

export type FineTuningClient = ReturnType<typeof fineTuningClient>;

function withoutBeta({ beta: _beta, ...rest }: ProviderHyperparameters) {
  return rest;
}

function isStatus(error: unknown, status: number): boolean {
  return typeof error === "object" && error !== null && (error as { status?: unknown }).status === status;
}

function toProviderJob(job: OpenAI.FineTuning.FineTuningJob): ProviderJob {
  const methodType = job.method?.type ?? "supervised";
  const methodHyperparameters =
    methodType === "dpo"
      ? job.method?.dpo?.hyperparameters
      : methodType === "supervised"
        ? job.method?.supervised?.hyperparameters
        : undefined;
  const hyperparameters = {
    ...(job.hyperparameters ?? {}),
    ...(methodHyperparameters ?? {}),
  } as ProviderHyperparameters;
  return {
    id: job.id,
    status: job.status as JobStatus,
    model: job.model,
    method: methodType,
    fineTunedModel: job.fine_tuned_model ?? null,
    createdAt: job.created_at,
    finishedAt: job.finished_at ?? null,
    estimatedFinish: job.estimated_finish ?? null,
    trainingFile: job.training_file,
    validationFile: job.validation_file ?? null,
    trainedTokens: job.trained_tokens ?? null,
    hyperparameters,
    seed: job.seed ?? null,
    suffix: (job as { user_provided_suffix?: string | null }).user_provided_suffix ?? null,
    metadata: (job.metadata as Record<string, string> | null | undefined) ?? null,
    resultFiles: job.result_files ?? [],
    error: job.error ? { code: job.error.code, message: job.error.message, param: job.error.param ?? null } : null,
  };
}

/** A compatible service that leaves out a timestamp (or sends null) gets the moment we read it, not a failed sync. */
function unixSecondsOr(value: number | null | undefined, now = Date.now()): number {
  return typeof value === "number" && Number.isFinite(value) ? value : Math.floor(now / 1000);
}

function toProviderEvent(event: OpenAI.FineTuning.FineTuningJobEvent): ProviderEvent {
  return {
    id: event.id,
    createdAt: unixSecondsOr(event.created_at),
    level: event.level,
    type: event.type ?? "message",
    message: event.message,
    data: event.data ?? null,
  };
}
