import { expect } from "@playwright/test";
import OpenAI, { type APIError } from "openai";
import { createSandboxConnection, sandboxClient, test } from "./sandbox/fixtures";
import { startT1000Job, waitForJob } from "./sandbox/helpers";
import { closeQuestion } from "./sandbox/training-data";

const failureOf = (promise: Promise<unknown>) => promise.then(() => null).catch((caught: unknown) => caught);

test.describe("Sandbox access and errors", () => {
  test("a wrong token is refused with 401 invalid_api_key and is not echoed back", async () => {
    const token = `sbx-${"x".repeat(32)}`;
    const error = await failureOf(sandboxClient(token).models.list());
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "invalid_api_key" });
    expect((error as APIError).message).not.toContain(token);
  });

  test("another workspace's connection cannot see or reach the first one's files, jobs and models", async () => {
    const owner = createSandboxConnection({ jobSeconds: 2 });
    const created = await startT1000Job(owner.client);
    const { job } = await waitForJob(owner.client, created.id, ["succeeded"]);
    const model = job.fine_tuned_model ?? "";

    const { client: other } = createSandboxConnection();
    const notFound = [
      other.files.retrieve(job.training_file),
      other.files.content(job.training_file),
      other.files.delete(job.training_file),
      other.fineTuning.jobs.retrieve(job.id),
      other.fineTuning.jobs.listEvents(job.id),
      other.fineTuning.jobs.checkpoints.list(job.id),
      other.fineTuning.jobs.cancel(job.id),
      other.models.retrieve(model),
      other.chat.completions.create({ model, messages: closeQuestion.messages }),
    ];
    for (const error of await Promise.all(notFound.map(failureOf))) expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    const borrowed = other.fineTuning.jobs.create({ model: "gpt-4o-mini", training_file: job.training_file });
    expect(await failureOf(borrowed)).toBeInstanceOf(OpenAI.BadRequestError);

    expect((await other.files.list()).data).toEqual([]);
    expect((await other.fineTuning.jobs.list()).data).toEqual([]);
    expect((await other.models.list()).data.map((each) => each.id)).not.toContain(model);
    expect((await owner.client.files.retrieve(job.training_file)).id).toBe(job.training_file);
  });

  test("an injected 429 raises RateLimitError with a retry-after header", async () => {
    const { client } = createSandboxConnection({ failureRate: 1, failureStatus: 429 });
    const error = await failureOf(client.models.list());
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, code: "rate_limit_exceeded" });
    expect(Number((error as APIError).headers?.get("retry-after"))).toBeGreaterThan(0);
  });

  test("an injected 500 raises InternalServerError", async () => {
    const { client } = createSandboxConnection({ failureRate: 1, failureStatus: 500 });
    const error = await failureOf(client.files.list());
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error).toMatchObject({ status: 500 });
  });

  test("the latency setting delays every answer", async () => {
    const { client } = createSandboxConnection({ latencyMs: 700 });
    const started = Date.now();
    await client.models.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  test("an unknown endpoint answers 404 in OpenAI's error shape", async () => {
    const { client } = createSandboxConnection();
    const error = await failureOf(client.get("/nope"));
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as APIError).error).toMatchObject({
      message: expect.any(String),
      type: expect.any(String),
    });
  });
});
