import { expect } from "@playwright/test";
import OpenAI from "openai";
import type { FineTuningJobEvent } from "openai/resources/fine-tuning/jobs";
import { advanceSandboxJobs } from "../scripts/test/seed-sandbox";
import { withDatabase } from "./fixtures";
import { createSandboxConnection, test } from "./sandbox/fixtures";
import { startT1000Job, uploadJsonl, waitForJob } from "./sandbox/helpers";
import { invalidTrainingFiles, t1000Jsonl, t1000ValidationJsonl } from "./sandbox/training-data";

const FINE_TUNED_NAME = /^ft:gpt-4o-mini-2024-07-18:sandbox:t1000:[A-Za-z0-9_-]{8}$/;
const CSV_HEADER = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy";

type MetricsData = { step: number; train_loss: number; valid_loss?: number };

async function allEvents(client: OpenAI, jobId: string): Promise<FineTuningJobEvent[]> {
  const events: FineTuningJobEvent[] = [];
  for await (const event of client.fineTuning.jobs.listEvents(jobId)) events.push(event);
  return events;
}

const metricsOf = (events: FineTuningJobEvent[]) =>
  events.filter((event) => event.type === "metrics").map((event) => event.data as MetricsData);

test.describe("Sandbox fine-tuning jobs", () => {
  test("a job with auto hyperparameters trains to a fine-tuned model with events, checkpoints and a result file", async () => {
    const { client } = createSandboxConnection({ jobSeconds: 9 });
    const created = await startT1000Job(client);
    expect(created).toMatchObject({
      object: "fine_tuning.job",
      model: "gpt-4o-mini-2024-07-18",
      status: "validating_files",
      fine_tuned_model: null,
      trained_tokens: null,
      finished_at: null,
      result_files: [],
      error: null,
    });
    expect(created.id).toMatch(/^ftjob-/);

    const { job, seen } = await waitForJob(client, created.id, ["succeeded", "failed", "cancelled"]);
    expect(seen).toEqual(["validating_files", "queued", "running", "succeeded"]);
    expect(job.hyperparameters).toMatchObject({ n_epochs: 10, batch_size: 1 });
    expect(job.method?.supervised?.hyperparameters).toMatchObject({ n_epochs: 10, batch_size: 1 });
    expect(job.fine_tuned_model).toMatch(FINE_TUNED_NAME);
    expect(job.trained_tokens).toBeGreaterThan(0);
    expect(job.finished_at).toBeGreaterThanOrEqual(job.created_at);
    expect(job.error).toBeNull();
    expect(job.result_files).toHaveLength(1);

    await test.step("the result file is base64 CSV with one row per step", async () => {
      const resultId = job.result_files[0] ?? "";
      expect(await client.files.retrieve(resultId)).toMatchObject({ purpose: "fine-tune-results" });
      const encoded = await (await client.files.content(resultId)).text();
      const [header, ...rows] = Buffer.from(encoded, "base64").toString("utf8").trim().split("\n");
      expect(header).toBe(CSV_HEADER);
      expect(rows).toHaveLength(100);
      expect(rows.map((row) => Number(row.split(",")[0]))).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    });

    await test.step("events come newest first, across pages, with one metrics event per step", async () => {
      const events = await allEvents(client, job.id);
      expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
      const times = events.map((event) => event.created_at);
      expect(times).toEqual(times.toSorted((a, b) => b - a));
      const messages = events.map((event) => event.message);
      expect(messages.at(-1)).toBe(`Created fine-tuning job: ${job.id}`);
      expect(messages[0]).toBe("The job has successfully completed");
      expect(messages).toContain("Fine-tuning job started");
      expect(messages).toContain(`New fine-tuned model created: ${job.fine_tuned_model}`);
      const metrics = metricsOf(events);
      expect(metrics.map((data) => data.step)).toEqual(Array.from({ length: 100 }, (_, i) => 100 - i));
      expect(metrics.filter((data) => data.valid_loss !== undefined)).toEqual([]);
    });

    await test.step("the last three epochs leave checkpoints", async () => {
      const checkpoints = (await client.fineTuning.jobs.checkpoints.list(job.id)).data;
      expect(checkpoints.map((checkpoint) => checkpoint.step_number)).toEqual([100, 90, 80]);
      for (const checkpoint of checkpoints) {
        expect(checkpoint.id).toMatch(/^ftckpt_/);
        expect(checkpoint.fine_tuning_job_id).toBe(job.id);
        expect(checkpoint.fine_tuned_model_checkpoint).toBe(
          `${job.fine_tuned_model}:ckpt-step-${checkpoint.step_number}`,
        );
        expect(checkpoint.metrics.step).toBe(checkpoint.step_number);
      }
    });
  });

  test("jobs are listed newest first, paged with limit and after, and filtered by metadata", async () => {
    const { client } = createSandboxConnection();
    const file = await uploadJsonl(client);
    const create = (team: string) =>
      client.fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file.id, metadata: { team } });
    const first = await create("support");
    const second = await create("sales");
    const third = await create("support");

    const page = await client.fineTuning.jobs.list({ limit: 2 });
    expect(page.data.map((job) => job.id)).toEqual([third.id, second.id]);
    expect(page.has_more).toBe(true);
    const next = await client.fineTuning.jobs.list({ limit: 2, after: second.id });
    expect(next.data.map((job) => job.id)).toEqual([first.id]);
    expect(next.has_more).toBe(false);

    const support = await client.fineTuning.jobs.list({ metadata: { team: "support" } });
    expect(support.data.map((job) => job.id)).toEqual([third.id, first.id]);
    expect(support.data.every((job) => job.metadata?.team === "support")).toBe(true);
  });

  test("cancel ends a running job as cancelled without a model", async () => {
    const { client } = createSandboxConnection({ jobSeconds: 30 });
    const created = await startT1000Job(client);
    await waitForJob(client, created.id, ["running"]);
    expect(await client.fineTuning.jobs.cancel(created.id)).toMatchObject({ id: created.id, status: "cancelled" });
    const job = await client.fineTuning.jobs.retrieve(created.id);
    expect(job).toMatchObject({ status: "cancelled", fine_tuned_model: null, result_files: [] });
  });

  test("pause holds a running job and resume puts it back in the queue", async () => {
    const { client, workspaceId } = createSandboxConnection({ jobSeconds: 30 });
    const created = await startT1000Job(client);
    await waitForJob(client, created.id, ["running"]);
    expect((await client.fineTuning.jobs.pause(created.id)).status).toBe("paused");
    const stepsWhenPaused = metricsOf(await allEvents(client, created.id)).length;
    // Longer than the whole job passes on the Sandbox's clock: a paused job does not move.
    withDatabase((db) => advanceSandboxJobs(db, { workspaceId, seconds: 30 }));
    expect((await client.fineTuning.jobs.retrieve(created.id)).status).toBe("paused");
    expect(metricsOf(await allEvents(client, created.id))).toHaveLength(stepsWhenPaused);

    expect(["queued", "running"]).toContain((await client.fineTuning.jobs.resume(created.id)).status);
    await waitForJob(client, created.id, ["running"]);
    await client.fineTuning.jobs.cancel(created.id);
  });

  test("pausing a finished job is refused with 400", async () => {
    const { client } = createSandboxConnection({ jobSeconds: 2 });
    const created = await startT1000Job(client);
    await waitForJob(client, created.id, ["succeeded"]);
    const error = await client.fineTuning.jobs.pause(created.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((await client.fineTuning.jobs.retrieve(created.id)).status).toBe("succeeded");
  });

  test("an unknown job id gives 404", async () => {
    const { client } = createSandboxConnection();
    const error = await client.fineTuning.jobs
      .retrieve("ftjob-doesnotexist00000000")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
  });

  for (const invalid of invalidTrainingFiles) {
    test(`a training file with ${invalid.name} fails the job with a training_file error`, async () => {
      const { client } = createSandboxConnection({ jobSeconds: 2 });
      const file = await uploadJsonl(client, invalid.jsonl);
      const created = await client.fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: file.id });
      const { job } = await waitForJob(client, created.id, ["succeeded", "failed", "cancelled"]);
      expect(job).toMatchObject({ status: "failed", fine_tuned_model: null, result_files: [] });
      expect(job.error).toMatchObject({ code: "invalid_training_file", param: "training_file" });
      expect(job.error?.message).toMatch(invalid.message);
    });
  }

  test("a validation file adds validation loss to the metrics events", async () => {
    const { client } = createSandboxConnection();
    const training = await uploadJsonl(client, t1000Jsonl);
    const validation = await uploadJsonl(client, t1000ValidationJsonl, "t1000-validation.jsonl");
    const created = await client.fineTuning.jobs.create({
      model: "gpt-4o-mini",
      training_file: training.id,
      validation_file: validation.id,
    });
    expect(created.validation_file).toBe(validation.id);
    await waitForJob(client, created.id, ["succeeded"]);
    const metrics = metricsOf(await allEvents(client, created.id));
    expect(metrics).toHaveLength(100);
    for (const data of metrics) expect(data.valid_loss).toEqual(expect.any(Number));
  });
});
