import { expect } from "@playwright/test";
import OpenAI from "openai";
import type { CompletionUsage } from "openai/resources/completions";
import { checkSchema, createSandboxConnection, test } from "./sandbox/fixtures";
import { startT1000Job, waitForJob } from "./sandbox/helpers";
import { closeQuestion } from "./sandbox/training-data";

const BASE_MODELS = ["gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18"];

async function fineTunedModel(client: OpenAI): Promise<string> {
  const created = await startT1000Job(client);
  const { job } = await waitForJob(client, created.id, ["succeeded", "failed", "cancelled"]);
  expect(job.status).toBe("succeeded");
  return job.fine_tuned_model ?? "";
}

function expectConsistentUsage(usage: CompletionUsage | null | undefined) {
  expect(usage?.prompt_tokens).toBeGreaterThan(0);
  expect(usage?.completion_tokens).toBeGreaterThan(0);
  expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
}

const modelIds = async (client: OpenAI) => (await client.models.list()).data.map((model) => model.id);

test.describe("Sandbox models", () => {
  test("models lists the base models, then the fine-tuned model and its checkpoints; a deleted model is gone", async () => {
    const { client } = createSandboxConnection({ jobSeconds: 2 });
    const before = await modelIds(client);
    expect(before).toEqual(expect.arrayContaining(BASE_MODELS));
    expect(before.filter((id) => id.startsWith("ft:"))).toEqual([]);

    const model = await fineTunedModel(client);
    expect(await modelIds(client)).toEqual(
      expect.arrayContaining([...BASE_MODELS, model, `${model}:ckpt-step-80`, `${model}:ckpt-step-90`]),
    );
    expect(await client.models.retrieve(model)).toMatchObject({ id: model, object: "model" });
    expect(await client.models.retrieve("gpt-4o-mini-2024-07-18")).toMatchObject({ object: "model" });

    expect(await client.models.delete(model)).toEqual({ id: model, object: "model", deleted: true });
    expect(await modelIds(client)).not.toContain(model);
    await expect(client.models.retrieve(model)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    const chat = client.chat.completions.create({ model, messages: closeQuestion.messages });
    await expect(chat).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

test.describe("Sandbox chat completions", () => {
  test("the fine-tuned model answers a reworded training question with that example's answer; the base model does not", async () => {
    const { client } = createSandboxConnection({ jobSeconds: 2 });
    const model = await fineTunedModel(client);

    const tuned = await client.chat.completions.create({ model, messages: closeQuestion.messages });
    expect(tuned).toMatchObject({ object: "chat.completion", model });
    expect(tuned.choices).toHaveLength(1);
    expect(tuned.choices[0]).toMatchObject({
      index: 0,
      finish_reason: "stop",
      message: { role: "assistant", content: closeQuestion.answer },
    });
    expectConsistentUsage(tuned.usage);

    const base = await client.chat.completions.create({ model: "gpt-4o-mini", messages: closeQuestion.messages });
    expect(base.choices[0]?.message.content).toEqual(expect.any(String));
    expect(base.choices[0]?.message.content).not.toBe(closeQuestion.answer);
    expectConsistentUsage(base.usage);
  });

  test("a streamed answer arrives in chunks that add up to the same answer, with usage in a last empty chunk", async () => {
    const { client } = createSandboxConnection({ jobSeconds: 2 });
    const model = await fineTunedModel(client);
    const whole = await client.chat.completions.create({ model, messages: closeQuestion.messages });

    const stream = await client.chat.completions.create({
      model,
      messages: closeQuestion.messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) {
      checkSchema("CreateChatCompletionStreamResponse", chunk);
      chunks.push(chunk);
    }
    expect(chunks.length).toBeGreaterThan(2);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    expect(chunks.every((chunk) => chunk.object === "chat.completion.chunk" && chunk.model === model)).toBe(true);

    const last = chunks.at(-1);
    const content = chunks.slice(0, -1);
    expect(last?.choices).toEqual([]);
    expectConsistentUsage(last?.usage);
    expect(last?.usage).toMatchObject({
      prompt_tokens: whole.usage?.prompt_tokens,
      completion_tokens: whole.usage?.completion_tokens,
    });
    expect(content.every((chunk) => chunk.usage == null)).toBe(true);
    expect(content[0]?.choices[0]?.delta.role).toBe("assistant");
    expect(content.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("")).toBe(closeQuestion.answer);
    expect(content.at(-1)?.choices[0]?.finish_reason).toBe("stop");
  });

  test("max_completion_tokens cuts the answer and reports finish_reason length", async () => {
    const { client } = createSandboxConnection();
    const cut = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: closeQuestion.messages,
      max_completion_tokens: 5,
    });
    expect(cut.choices[0]?.finish_reason).toBe("length");
    expect(cut.usage?.completion_tokens).toBeLessThanOrEqual(5);
    const whole = await client.chat.completions.create({ model: "gpt-4o-mini", messages: closeQuestion.messages });
    expect(whole.choices[0]?.message.content?.startsWith(cut.choices[0]?.message.content ?? "")).toBe(true);
    expect(whole.choices[0]?.finish_reason).toBe("stop");
  });
});
