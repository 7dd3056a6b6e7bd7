import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { db } from "@/lib/db/client";
import { countChatTokens } from "@/lib/training-data/tokens";
import {
  addExample,
  createDataset,
  datasetReport,
  deleteDataset,
  deleteExample,
  duplicateDataset,
  freezeVersion,
  getDatasetOrThrow,
  getExampleOrThrow,
  getVersionOrThrow,
  listDatasets,
  listExampleSummaries,
  listVersions,
  renameDataset,
  saveExample,
} from "./queries";
import { chatExample, datasetWith, dpoExample, questions, seedWorkspace } from "./test-fixtures";

let alice: Awaited<ReturnType<typeof seedWorkspace>>;
let bob: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  alice = await seedWorkspace("Alice");
  bob = await seedWorkspace("Bob");
});

/** The cached counts must always equal what the examples say. */
async function expectCountsToMatchExamples(datasetId: string) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: datasetId } });
  const examples = await db.datasetExample.findMany({ where: { datasetId }, orderBy: { position: "asc" } });
  expect(examples.map((example) => example.position)).toEqual(examples.map((_, index) => index + 1));
  expect({
    exampleCount: dataset.exampleCount,
    tokenCount: dataset.tokenCount,
    errorCount: dataset.errorCount,
    warningCount: dataset.warningCount,
  }).toEqual({
    exampleCount: examples.length,
    tokenCount: examples.reduce((sum, example) => sum + example.tokens, 0),
    errorCount: examples.filter((example) => example.errorCount > 0).length,
    warningCount: examples.filter((example) => example.warningCount > 0).length,
  });
}

describe("workspace isolation", () => {
  it("answers not_found for another workspace's dataset, example and version, and leaves them alone", async () => {
    const datasetId = await datasetWith(bob, questions(10), "Bob's data");
    const [example] = await listExampleSummaries({ ...bob, datasetId });
    const exampleId = example?.id ?? "";
    const version = await freezeVersion({ actor: actorOf(bob), datasetId });
    const ref = { workspaceId: alice.workspaceId, datasetId };
    const emptyOfAlice = await datasetWith(alice, []);
    const attempts: Array<() => Promise<unknown>> = [
      () => getDatasetOrThrow(ref),
      () => renameDataset({ ...ref, name: "Mine now" }),
      () => duplicateDataset({ ...ref, userId: alice.userId }),
      () => listExampleSummaries(ref),
      () => getExampleOrThrow({ ...ref, exampleId }),
      () => saveExample({ ...ref, exampleId, data: chatExample("Hacked?"), expectedRevision: 1, userId: alice.userId }),
      () => addExample({ ...ref, userId: alice.userId, data: chatExample("Hacked?") }),
      () => deleteExample({ ...ref, exampleId }),
      () => datasetReport(ref),
      () =>
        freezeVersion({
          actor: actorOf({ workspaceId: ref.workspaceId, userId: alice.userId }),
          datasetId: ref.datasetId,
        }),
      () => listVersions(ref),
      () => getVersionOrThrow({ workspaceId: alice.workspaceId, versionId: version.id }),
      // An example of Bob's, asked for through a dataset of Alice's.
      () => getExampleOrThrow({ ...alice, datasetId: emptyOfAlice, exampleId }),
      () => deleteExample({ ...alice, datasetId: emptyOfAlice, exampleId }),
      () => deleteDataset({ actor: actorOf(alice), datasetId: ref.datasetId }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    expect((await listDatasets(alice.workspaceId)).some((dataset) => dataset.id === datasetId)).toBe(false);
    expect(await getDatasetOrThrow({ ...bob, datasetId })).toMatchObject({ name: "Bob's data", exampleCount: 10 });
    await expect(getExampleOrThrow({ ...bob, datasetId, exampleId })).resolves.toMatchObject({ revision: 1 });
  });

  it("answers not_found for ids that do not exist", async () => {
    await expect(getDatasetOrThrow({ ...alice, datasetId: "missing" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getVersionOrThrow({ ...alice, versionId: "missing" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("datasets", () => {
  it("lists the workspace's datasets, most recently changed first, with who changed them", async () => {
    const { workspaceId, userId } = await seedWorkspace("Carol");
    const first = await createDataset({ workspaceId, userId, name: "First" });
    const second = await createDataset({ workspaceId, userId, name: "Second", kind: "dpo" });
    await addExample({ workspaceId, userId, datasetId: first.id, data: chatExample("Hi?") });
    const list = await listDatasets(workspaceId);
    expect(list.map((dataset) => dataset.id)).toEqual([first.id, second.id]);
    expect(list[0]).toEqual({
      id: first.id,
      name: "First",
      kind: "chat",
      exampleCount: 1,
      tokenCount: countChatTokens(chatExample("Hi?").messages),
      errorCount: 0,
      warningCount: 0,
      updatedAt: expect.any(Date),
      updatedByName: "Carol",
    });
    expect(list[1]).toMatchObject({ kind: "dpo", exampleCount: 0 });
  });

  it("renames, duplicates with copies of the examples, and deletes", async () => {
    const datasetId = await datasetWith(alice, [chatExample("One?"), { messages: [] }, chatExample("Three?")]);
    await renameDataset({ ...alice, datasetId, name: "Renamed" });
    const copy = await duplicateDataset({ ...alice, datasetId });
    const original = await listExampleSummaries({ ...alice, datasetId });
    const copied = await listExampleSummaries({ ...alice, datasetId: copy.id });
    expect(copied.map(({ id, ...rest }) => rest)).toEqual(original.map(({ id, ...rest }) => rest));
    expect(copied.map((example) => example.id)).not.toContain(original[0]?.id);
    expect(await getDatasetOrThrow({ ...alice, datasetId: copy.id })).toMatchObject({
      name: "Renamed (copy)",
      exampleCount: 3,
      errorCount: 1,
      minExamples: 10,
    });
    await expectCountsToMatchExamples(copy.id);
    await deleteDataset({ actor: actorOf(alice), datasetId });
    await expect(getDatasetOrThrow({ ...alice, datasetId })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.datasetExample.count({ where: { datasetId } })).toBe(0);
    expect(await listExampleSummaries({ ...alice, datasetId: copy.id })).toHaveLength(3);
  });
});

describe("examples", () => {
  it("saves a change, re-checks it and bumps the revisions; a stale revision is a conflict", async () => {
    const datasetId = await datasetWith(alice, [chatExample("Hi?")]);
    const [summary] = await listExampleSummaries({ ...alice, datasetId });
    const exampleId = summary?.id ?? "";
    const before = await getDatasetOrThrow({ ...alice, datasetId });
    const broken = { messages: [{ role: "user", content: "Hi?" }] };
    const saved = await saveExample({ ...alice, datasetId, exampleId, data: broken, expectedRevision: 1 });
    expect(saved).toEqual({
      id: exampleId,
      position: 1,
      data: broken,
      tokens: countChatTokens(broken.messages),
      issues: [{ code: "noAssistantMessage", severity: "error" }],
      revision: 2,
    });
    expect(await getExampleOrThrow({ ...alice, datasetId, exampleId })).toEqual(saved);
    const after = await getDatasetOrThrow({ ...alice, datasetId });
    expect(after.revision).toBe(before.revision + 1);
    expect(after).toMatchObject({ errorCount: 1, updatedById: alice.userId });
    await expectCountsToMatchExamples(datasetId);

    // Bob's editor still holds revision 1.
    const stale = saveExample({ ...alice, datasetId, exampleId, data: chatExample("Mine!"), expectedRevision: 1 });
    await expect(stale).rejects.toMatchObject({ code: "conflict" });
    expect((await getExampleOrThrow({ ...alice, datasetId, exampleId })).data).toEqual(broken);

    await saveExample({ ...alice, datasetId, exampleId, data: chatExample("Fixed?"), expectedRevision: 2 });
    expect(await getDatasetOrThrow({ ...alice, datasetId })).toMatchObject({
      errorCount: 0,
      revision: before.revision + 2,
    });
    await expectCountsToMatchExamples(datasetId);
  });

  it("refuses data that is not a JSON object", async () => {
    const datasetId = await datasetWith(alice, [chatExample("Hi?")]);
    const [summary] = await listExampleSummaries({ ...alice, datasetId });
    const save = saveExample({ ...alice, datasetId, exampleId: summary?.id ?? "", data: [1, 2], expectedRevision: 1 });
    await expect(save).rejects.toMatchObject({ code: "invalid_input", fields: { data: { code: "exampleNotObject" } } });
  });

  it("adds at the end, after a position or first, and deletes, keeping positions gapless and counts right", async () => {
    const datasetId = await datasetWith(alice, [chatExample("A?"), chatExample("C?")]);
    await addExample({ ...alice, datasetId, data: chatExample("B?"), afterPosition: 1 });
    await addExample({ ...alice, datasetId, data: chatExample("Start?"), afterPosition: 0 });
    const blank = await addExample({ ...alice, datasetId });
    expect(blank).toMatchObject({
      position: 5,
      data: {
        messages: [
          { role: "user", content: "" },
          { role: "assistant", content: "" },
        ],
      },
    });
    expect(blank.issues.map((issue) => issue.code)).toEqual(["contentMissing", "assistantContentMissing"]);
    let summaries = await listExampleSummaries({ ...alice, datasetId });
    expect(summaries.map((example) => [example.position, example.preview])).toEqual([
      [1, "Start?"],
      [2, "A?"],
      [3, "B?"],
      [4, "C?"],
      [5, ""],
    ]);
    await expectCountsToMatchExamples(datasetId);

    await deleteExample({ ...alice, datasetId, exampleId: summaries[1]?.id ?? "" });
    await deleteExample({ ...alice, datasetId, exampleId: blank.id });
    summaries = await listExampleSummaries({ ...alice, datasetId });
    expect(summaries.map((example) => [example.position, example.preview])).toEqual([
      [1, "Start?"],
      [2, "B?"],
      [3, "C?"],
    ]);
    await expectCountsToMatchExamples(datasetId);
    await expect(deleteExample({ ...alice, datasetId, exampleId: blank.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("adds an empty example of the dataset's kind", async () => {
    const { id } = await createDataset({ ...alice, name: "Preferences", kind: "dpo" });
    const blank = await addExample({ ...alice, datasetId: id });
    expect(Object.keys(blank.data)).toEqual(["input", "preferred_output", "non_preferred_output"]);
  });

  it("previews the first user message (of the input, for DPO) on one line, at most 160 characters", async () => {
    const long = `${"Hello there.\n".repeat(20)}End`;
    const datasetId = await datasetWith(alice, [
      {
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: long },
          { role: "assistant", content: "Hi." },
        ],
      },
      {
        messages: [
          { role: "user", content: [{ type: "text", text: "A   picture:" }] },
          { role: "assistant", content: "A cat." },
        ],
      },
    ]);
    const [first, second] = await listExampleSummaries({ ...alice, datasetId });
    expect(first?.preview).toBe(`${"Hello there. ".repeat(20).slice(0, 159)}…`);
    expect(first?.preview).toHaveLength(160);
    expect(second?.preview).toBe("A picture:");
    const { id } = await createDataset({ ...alice, name: "Preferences", kind: "dpo" });
    await addExample({ ...alice, datasetId: id, data: dpoExample("Cold in SF?") });
    expect((await listExampleSummaries({ ...alice, datasetId: id }))[0]?.preview).toBe("Cold in SF?");
  });
});

describe("versions", () => {
  it("freezes the exact OpenAI-ready bytes with their SHA-256, numbered per dataset", async () => {
    const examples = [...questions(9), chatExample("Grüße aus Köln? 🙂", 'Line one\nline "two"')];
    const datasetId = await datasetWith(alice, examples);
    const frozen = await freezeVersion({ actor: actorOf(alice), datasetId });
    const expected = `${examples.map((example) => JSON.stringify(example)).join("\n")}\n`;
    const version = await getVersionOrThrow({ ...alice, versionId: frozen.id });
    expect(version.jsonl).toBe(expected);
    expect(version.jsonl.startsWith("\uFEFF")).toBe(false);
    expect(version.jsonl).not.toContain("\r");
    expect(frozen).toEqual({
      id: version.id,
      number: 1,
      contentHash: createHash("sha256").update(Buffer.from(expected, "utf8")).digest("hex"),
    });
    expect(version).toMatchObject({ datasetId, datasetName: "Support answers", kind: "chat", exampleCount: 10 });

    // Unchanged data is not frozen twice; a change makes version 2.
    expect(await freezeVersion({ actor: actorOf(alice), datasetId })).toEqual(frozen);
    await addExample({ ...alice, datasetId, data: chatExample("Eleven?") });
    expect(await freezeVersion({ actor: actorOf(alice), datasetId })).toMatchObject({ number: 2 });
    expect((await listVersions({ ...alice, datasetId })).map((listed) => listed.number)).toEqual([2, 1]);
  });

  it("refuses to freeze a dataset that is not ready", async () => {
    const tooSmall = await datasetWith(alice, questions(9));
    const refusal = { code: "invalid_input", reason: { code: "datasetNotReady" } };
    await expect(freezeVersion({ actor: actorOf(alice), datasetId: tooSmall })).rejects.toMatchObject(refusal);
    const withError = await datasetWith(alice, [...questions(10), { messages: [] }]);
    await expect(freezeVersion({ actor: actorOf(alice), datasetId: withError })).rejects.toMatchObject(refusal);
    expect(await listVersions({ ...alice, datasetId: withError })).toEqual([]);
  });

  it("keeps versions when their dataset is deleted", async () => {
    const datasetId = await datasetWith(alice, questions(10));
    const frozen = await freezeVersion({ actor: actorOf(alice), datasetId });
    await deleteDataset({ actor: actorOf(alice), datasetId });
    expect(await getVersionOrThrow({ ...alice, versionId: frozen.id })).toMatchObject({
      datasetId: null,
      datasetName: "Support answers",
      number: 1,
    });
  });
});
