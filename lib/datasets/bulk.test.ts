import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { removeDuplicates, setSystemPromptForAll, withSystemPrompt } from "./bulk";
import {
  addExample,
  createDataset,
  datasetReport,
  getDatasetOrThrow,
  listDuplicateExampleIds,
  listExampleSummaries,
} from "./queries";
import { chatExample, dpoExample, seedWorkspace } from "./test-fixtures";

let owner: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  owner = await seedWorkspace("Bulk");
});

async function datasetWith(examples: unknown[], kind: "chat" | "dpo" = "chat") {
  const { id } = await createDataset({ ...owner, name: "Bulk data", kind });
  for (const data of examples) await addExample({ ...owner, datasetId: id, data });
  return id;
}

async function examplesOf(datasetId: string) {
  const rows = await db.datasetExample.findMany({ where: { datasetId }, orderBy: { position: "asc" } });
  return rows.map((row) => ({ ...row, value: JSON.parse(row.data) as { messages: unknown[] } }));
}

async function expectCountsToMatchExamples(datasetId: string) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: datasetId } });
  const examples = await examplesOf(datasetId);
  expect(examples.map((example) => example.position)).toEqual(examples.map((_, index) => index + 1));
  expect(dataset).toMatchObject({
    exampleCount: examples.length,
    tokenCount: examples.reduce((sum, example) => sum + example.tokens, 0),
    errorCount: examples.filter((example) => example.errorCount > 0).length,
    warningCount: examples.filter((example) => example.warningCount > 0).length,
  });
}

const system = (content: string) => ({ role: "system", content });
const user = (content: string) => ({ role: "user", content });
const assistant = (content: string) => ({ role: "assistant", content });

describe("withSystemPrompt", () => {
  it("replaces the first system message, puts one first, or removes them all", () => {
    const twoPrompts = { messages: [user("Hi"), system("Old"), system("Older"), assistant("Hello")], weight: 1 };
    expect(withSystemPrompt(twoPrompts, "New")).toEqual({
      messages: [user("Hi"), system("New"), system("Older"), assistant("Hello")],
      weight: 1,
    });
    expect(withSystemPrompt({ messages: [user("Hi")] }, "New")).toEqual({ messages: [system("New"), user("Hi")] });
    expect(withSystemPrompt(twoPrompts, "")).toEqual({ messages: [user("Hi"), assistant("Hello")], weight: 1 });
  });

  it("returns the example itself when nothing changes", () => {
    const same = { messages: [system("Same"), user("Hi")] };
    expect(withSystemPrompt(same, "Same")).toBe(same);
    const none = { messages: [user("Hi")] };
    expect(withSystemPrompt(none, "")).toBe(none);
    const broken = { messages: "not a list" };
    expect(withSystemPrompt(broken, "New")).toBe(broken);
  });
});

describe("setSystemPromptForAll", () => {
  it("sets the prompt everywhere, re-checks the examples and bumps revisions of the changed ones", async () => {
    const datasetId = await datasetWith([
      chatExample("One?"),
      { messages: [system("Be brief."), user("Two?"), assistant("2")] },
      { messages: [system("Mail me at a@b.example"), user("Three?"), assistant("3")] },
    ]);
    const before = await getDatasetOrThrow({ ...owner, datasetId });
    const tokensBefore = (await examplesOf(datasetId)).map((example) => example.tokens);
    expect(before.warningCount).toBe(1);
    const result = await setSystemPromptForAll({ ...owner, datasetId, systemPrompt: "Be brief." });
    expect(result).toEqual({ changed: 2 });
    const examples = await examplesOf(datasetId);
    expect(examples.map((example) => example.value.messages[0])).toEqual([
      system("Be brief."),
      system("Be brief."),
      system("Be brief."),
    ]);
    expect(examples.map((example) => example.revision)).toEqual([2, 1, 2]);
    // The sensitive data went with the old prompt; the new message costs tokens.
    expect(examples[2]?.warningCount).toBe(0);
    expect(examples[0]?.tokens).toBeGreaterThan(tokensBefore[0] ?? 0);
    const after = await getDatasetOrThrow({ ...owner, datasetId });
    expect(after).toMatchObject({ revision: before.revision + 1, warningCount: 0, updatedById: owner.userId });
    expect(after.tokenCount).toBeGreaterThan(before.tokenCount);
    await expectCountsToMatchExamples(datasetId);

    await setSystemPromptForAll({ ...owner, datasetId, systemPrompt: "" });
    expect((await examplesOf(datasetId)).map((example) => example.value.messages.length)).toEqual([2, 2, 2]);
    await expectCountsToMatchExamples(datasetId);
  });

  it("changes nothing when every example already has the prompt", async () => {
    const datasetId = await datasetWith([{ messages: [system("Same."), user("Q?"), assistant("A")] }]);
    const before = await getDatasetOrThrow({ ...owner, datasetId });
    expect(await setSystemPromptForAll({ ...owner, datasetId, systemPrompt: "Same." })).toEqual({ changed: 0 });
    expect((await getDatasetOrThrow({ ...owner, datasetId })).revision).toBe(before.revision);
  });

  it("refuses DPO datasets and other workspaces' datasets", async () => {
    const dpo = await datasetWith([dpoExample("Cold?")], "dpo");
    await expect(setSystemPromptForAll({ ...owner, datasetId: dpo, systemPrompt: "x" })).rejects.toMatchObject({
      code: "invalid_input",
      reason: { code: "chatDatasetsOnly" },
    });
    const stranger = await seedWorkspace("Stranger");
    const datasetId = await datasetWith([chatExample("Mine?")]);
    const attempts = [
      setSystemPromptForAll({ ...stranger, datasetId, systemPrompt: "Hacked" }),
      removeDuplicates({ ...stranger, datasetId }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    expect((await examplesOf(datasetId))[0]?.value).toEqual(chatExample("Mine?"));
  });
});

describe("removeDuplicates", () => {
  it("keeps the first of each exact copy and closes the gaps", async () => {
    const [a, b, c] = [chatExample("A?"), chatExample("B?"), chatExample("C?")];
    const datasetId = await datasetWith([a, b, a, c, b, a, { messages: [user("A?"), assistant("Other")] }]);
    const before = await listExampleSummaries({ ...owner, datasetId });
    expect(await removeDuplicates({ ...owner, datasetId })).toEqual({ removed: 3 });
    const after = await listExampleSummaries({ ...owner, datasetId });
    expect(after.map((example) => example.id)).toEqual([0, 1, 3, 6].map((index) => before[index]?.id));
    await expectCountsToMatchExamples(datasetId);
    expect(await removeDuplicates({ ...owner, datasetId })).toEqual({ removed: 0 });
  });
});

describe("duplicate warnings", () => {
  it("shows in the report and lists the ids of every example involved", async () => {
    const datasetId = await datasetWith([
      chatExample("Where is my order?"),
      chatExample("Can I pay later?"),
      chatExample("Where is my order?"),
      chatExample("WHERE is my order", "Let me check."),
    ]);
    const report = await datasetReport({ ...owner, datasetId });
    expect(report.rules).toContainEqual({ code: "duplicate_examples", params: { count: 1 }, severity: "warning" });
    expect(report.rules).toContainEqual({ code: "similar_questions", params: { count: 1 }, severity: "warning" });
    const summaries = await listExampleSummaries({ ...owner, datasetId });
    expect(await listDuplicateExampleIds({ ...owner, datasetId })).toEqual(
      new Set([0, 2, 3].map((index) => summaries[index]?.id)),
    );
    const stranger = await seedWorkspace("Snoop");
    await expect(listDuplicateExampleIds({ ...stranger, datasetId })).rejects.toMatchObject({ code: "not_found" });
  });
});
