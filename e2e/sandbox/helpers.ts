/** SDK steps the Sandbox specs share: uploading a training file, starting a job and waiting on it. */
import type OpenAI from "openai";
import type { FineTuningJob } from "openai/resources/fine-tuning/jobs";
import { toFile } from "openai/uploads";
import { t1000Jsonl } from "./training-data";

/** The SDK's status union lacks "paused", which the API does send. */
type JobStatus = FineTuningJob["status"] | "paused";

export async function uploadJsonl(client: OpenAI, text = t1000Jsonl, filename = "t1000.jsonl") {
  return client.files.create({
    file: await toFile(Buffer.from(text), filename, { type: "application/jsonl" }),
    purpose: "fine-tune",
  });
}

export async function startT1000Job(client: OpenAI, params: Partial<OpenAI.FineTuning.JobCreateParams> = {}) {
  const file = await uploadJsonl(client);
  return client.fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file.id, suffix: "t1000", ...params });
}

/** Polls the job until its status is one of `wanted`; returns the job and every status seen on the way. */
export async function waitForJob(
  client: OpenAI,
  jobId: string,
  wanted: JobStatus[],
  { timeoutMs = 60_000, intervalMs = 100 } = {},
) {
  const seen: JobStatus[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await client.fineTuning.jobs.retrieve(jobId);
    const status = job.status as JobStatus;
    if (seen.at(-1) !== status) seen.push(status);
    if (wanted.includes(status)) return { job, seen };
    if (Date.now() > deadline)
      throw new Error(`Job ${jobId} did not reach ${wanted.join("/")}; statuses: ${seen.join(" → ")}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
