import { beforeAll, describe, expect, it } from "vitest";
import { createDataset, listExampleSummaries } from "@/lib/datasets/queries";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addAnswerToDataset } from "./add-to-dataset";
import {
  deleteConversation,
  getConversationOrThrow,
  listConversations,
  renameConversation,
  saveConversation,
} from "./conversations";
import { conversationJsonl } from "./export";
import { startFromVersion, stateFromJob } from "./start";
import { type ChatState, emptyState, newColumn } from "./state";

let alice: Awaited<ReturnType<typeof seedWorkspace>>;
let bob: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  alice = await seedWorkspace("Alice");
  bob = await seedWorkspace("Bob");
});

const ref = { connectionId: "c1", connectionName: "Sandbox", model: "gpt-4o-mini", kind: "base" as const };

function answeredState(): ChatState {
  const column = newColumn(ref, "Be kind.");
  column.turns = [
    { role: "user", content: "Is it loud?" },
    { role: "assistant", content: "A bit.", metrics: null, rating: "better", error: null, stopped: false },
  ];
  return { ...emptyState(), columns: [column] };
}

const notFound = expect.objectContaining({ code: "not_found" });

describe("conversations", () => {
  it("saves, lists, reads, renames and deletes a conversation inside its workspace only", async () => {
    const state = answeredState();
    const { id } = await saveConversation({ ...alice, conversationId: null, title: "Loudness", state });
    expect(await getConversationOrThrow({ workspaceId: alice.workspaceId, conversationId: id })).toMatchObject({
      title: "Loudness",
      state,
    });
    expect(await listConversations(alice.workspaceId)).toEqual([
      expect.objectContaining({ id, title: "Loudness", models: ["gpt-4o-mini"], createdByName: "Alice" }),
    ]);
    expect(await listConversations(bob.workspaceId)).toEqual([]);

    const other = { workspaceId: bob.workspaceId, conversationId: id };
    await expect(getConversationOrThrow(other)).rejects.toEqual(notFound);
    await expect(renameConversation({ ...other, title: "Mine" })).rejects.toEqual(notFound);
    await expect(saveConversation({ ...bob, conversationId: id, title: "x", state })).rejects.toEqual(notFound);
    await expect(deleteConversation(other)).rejects.toEqual(notFound);

    await renameConversation({ workspaceId: alice.workspaceId, conversationId: id, title: "Noise" });
    const longer = answeredState();
    longer.sync = false;
    await saveConversation({ ...alice, conversationId: id, title: "ignored", state: longer });
    expect(await getConversationOrThrow({ workspaceId: alice.workspaceId, conversationId: id })).toMatchObject({
      title: "Noise",
      state: longer,
    });
    await deleteConversation({ workspaceId: alice.workspaceId, conversationId: id });
    await expect(getConversationOrThrow({ workspaceId: alice.workspaceId, conversationId: id })).rejects.toBeInstanceOf(
      AppError,
    );
  });

  it("exports one JSONL line per column with its model, parameters and chat messages", () => {
    const [line] = conversationJsonl(answeredState()).trimEnd().split("\n");
    expect(JSON.parse(line ?? "")).toEqual({
      model: "gpt-4o-mini",
      connection: "Sandbox",
      parameters: { temperature: null, topP: null, maxTokens: null, seed: null },
      messages: [
        { role: "system", content: "Be kind." },
        { role: "user", content: "Is it loud?" },
        { role: "assistant", content: "A bit.", rating: "better" },
      ],
    });
  });
});

describe("add to dataset", () => {
  it("adds the answer as a validated example of a chat dataset of the workspace", async () => {
    const { id: datasetId } = await createDataset({ ...alice, name: "From chat" });
    const { turns } = answeredState().columns[0] ?? { turns: [] };
    const added = await addAnswerToDataset({
      ...alice,
      datasetId,
      turns,
      systemPrompt: "Be kind.",
      turnIndex: 1,
      correctedAnswer: "Quieter than most.",
    });
    expect(added).toMatchObject({ position: 1, errors: 0 });
    expect(await listExampleSummaries({ workspaceId: alice.workspaceId, datasetId })).toEqual([
      expect.objectContaining({ id: added.exampleId, preview: "Is it loud?" }),
    ]);
    const stored = await db.datasetExample.findUniqueOrThrow({ where: { id: added.exampleId } });
    expect(JSON.parse(stored.data).messages.at(-1)).toEqual({ role: "assistant", content: "Quieter than most." });

    const intoBob = addAnswerToDataset({ ...bob, datasetId, turns, systemPrompt: "", turnIndex: 1 });
    await expect(intoBob).rejects.toEqual(notFound);
    const notAnAnswer = addAnswerToDataset({ ...alice, datasetId, turns, systemPrompt: "", turnIndex: 0 });
    await expect(notAnAnswer).rejects.toEqual(expect.objectContaining({ code: "invalid_input" }));
  });

  it("refuses a preference (DPO) dataset", async () => {
    const { id: datasetId } = await db.dataset.create({
      data: { workspaceId: alice.workspaceId, name: "Prefs", kind: "dpo" },
    });
    const { turns } = answeredState().columns[0] ?? { turns: [] };
    await expect(addAnswerToDataset({ ...alice, datasetId, turns, systemPrompt: "", turnIndex: 1 })).rejects.toEqual(
      expect.objectContaining({ code: "invalid_input" }),
    );
  });
});

const SYSTEM = "Du chattest mit dem Kundenservice.";
const trainingLine = (question: string, answer: string) =>
  `${JSON.stringify({
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: question },
      { role: "assistant", content: answer },
    ],
  })}\n`;

async function seedTrainedJob(workspaceId: string) {
  const connection = await db.connection.create({ data: { workspaceId, kind: "sandbox", name: "Sandbox A" } });
  const version = await db.datasetVersion.create({
    data: {
      workspaceId,
      datasetName: "T-1000",
      kind: "chat",
      number: 1,
      contentHash: "h",
      jsonl: trainingLine("Laut?", "Leise.") + trainingLine("Akku?", "90 Minuten."),
      validationJsonl: trainingLine("Garantie?", "24 Monate."),
      exampleCount: 2,
      tokenCount: 40,
      validationCount: 1,
    },
  });
  const tuned = "ft:gpt-4o-mini-2024-07-18:sandbox:t1000:abc";
  const job = await db.job.create({
    data: {
      workspaceId,
      connectionId: connection.id,
      connectionName: connection.name,
      connectionKind: "sandbox",
      providerJobId: "ftjob-1",
      status: "succeeded",
      baseModel: "gpt-4o-mini-2024-07-18",
      method: "supervised",
      trainingVersionId: version.id,
      trainingFileId: "file-1",
      fineTunedModel: tuned,
      createdAt: new Date(),
      checkpoints: {
        create: {
          providerCheckpointId: "ckpt-1",
          step: 10,
          model: `${tuned}:ckpt-step-10`,
          metrics: "{}",
          createdAt: 1,
        },
      },
    },
  });
  return { connection, version, job, tuned };
}

describe("start points", () => {
  it("from a job: the base model beside the fine-tuned model or a checkpoint, with the training system prompt", async () => {
    const { connection, job, tuned } = await seedTrainedJob(alice.workspaceId);
    const state = await stateFromJob({ workspaceId: alice.workspaceId, jobId: job.id });
    expect(
      state.columns.map((column) => [column.model?.model, column.model?.kind, column.params.systemPrompt]),
    ).toEqual([
      ["gpt-4o-mini-2024-07-18", "base", SYSTEM],
      [tuned, "fine_tuned", SYSTEM],
    ]);
    expect(state.columns[0]?.model?.connectionId).toBe(connection.id);

    const checkpoint = await stateFromJob({
      workspaceId: alice.workspaceId,
      jobId: job.id,
      model: `${tuned}:ckpt-step-10`,
    });
    expect(checkpoint.columns[1]?.model).toMatchObject({ model: `${tuned}:ckpt-step-10`, kind: "checkpoint" });

    await expect(stateFromJob({ workspaceId: alice.workspaceId, jobId: job.id, model: "gpt-4o" })).rejects.toEqual(
      notFound,
    );
    await expect(stateFromJob({ workspaceId: bob.workspaceId, jobId: job.id })).rejects.toEqual(notFound);
  });

  it("from a version: its held-out examples, and the models of the job that trained on it", async () => {
    const { version, tuned } = await seedTrainedJob(alice.workspaceId);
    const start = await startFromVersion({ workspaceId: alice.workspaceId, versionId: version.id });
    expect(start.heldOut).toBe(true);
    expect(start.versionLabel).toBe("T-1000 v1");
    expect(start.examples.map((example) => [example.question, example.answer])).toEqual([["Garantie?", "24 Monate."]]);
    expect(start.state.columns.map((column) => column.model?.model)).toEqual(["gpt-4o-mini-2024-07-18", tuned]);
    await expect(startFromVersion({ workspaceId: bob.workspaceId, versionId: version.id })).rejects.toEqual(notFound);
  });
});
