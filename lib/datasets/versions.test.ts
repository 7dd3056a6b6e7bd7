import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { addExample, createDataset, freezeVersion, getVersionFileOrThrow, getVersionOrThrow } from "./queries";
import { chatExample, seedWorkspace } from "./test-fixtures";

let owner: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  owner = await seedWorkspace("Vera");
});

const withPrompt = (prompt: string | null, question: string) => {
  const { messages } = chatExample(question);
  return { messages: prompt === null ? messages : [{ role: "system", content: prompt }, ...messages] };
};

async function datasetWith(examples: unknown[], name = "Split data") {
  const { id } = await createDataset({ ...owner, name });
  for (const data of examples) await addExample({ ...owner, datasetId: id, data });
  return id;
}

const lines = (jsonl: string | null) => (jsonl ?? "").split("\n").filter(Boolean);
const questions = (count: number) => Array.from({ length: count }, (_, index) => chatExample(`Question ${index + 1}?`));

describe("freezeVersion with a validation split", () => {
  it("writes both parts in dataset order, without losing or repeating an example", async () => {
    const examples = questions(40);
    const datasetId = await datasetWith(examples);
    const frozen = await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.25, seed: 3 });
    const version = await getVersionOrThrow({ ...owner, versionId: frozen.id });
    const all = examples.map((example) => JSON.stringify(example));
    const training = lines(version.jsonl);
    const validation = lines(version.validationJsonl);
    expect(validation).toHaveLength(10);
    expect(training).toHaveLength(30);
    expect([...training, ...validation].sort()).toEqual([...all].sort());
    const inOrder = (part: string[]) => all.filter((line) => part.includes(line));
    expect(training).toEqual(inOrder(training));
    expect(validation).toEqual(inOrder(validation));
    expect(version.validationJsonl?.endsWith("}\n")).toBe(true);
    expect(version).toMatchObject({
      exampleCount: 30,
      validationCount: 10,
      validationRatio: 0.25,
      splitSeed: 3,
      contentHash: createHash("sha256").update(version.jsonl).digest("hex"),
    });
  });

  it("returns the latest version only for the same data and the same split settings", async () => {
    const datasetId = await datasetWith(questions(30));
    const plain = await freezeVersion({ actor: actorOf(owner), datasetId });
    expect((await getVersionOrThrow({ ...owner, versionId: plain.id })).validationJsonl).toBeNull();
    const split = await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2, seed: 1 });
    expect(split.number).toBe(2);
    expect(await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2, seed: 1 })).toEqual(split);
    expect(await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2, seed: 2 })).toMatchObject({
      number: 3,
    });
    expect(await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2, seed: 2 })).toMatchObject({
      number: 3,
    });
    expect(await freezeVersion({ actor: actorOf(owner), datasetId })).toMatchObject({
      number: 4,
      contentHash: plain.contentHash,
    });
  });

  it("keeps each system prompt's share in validation when stratifying", async () => {
    const examples = Array.from({ length: 50 }, (_, index) =>
      withPrompt(index < 10 ? "Be formal." : "Be brief.", `Question ${index}?`),
    );
    const datasetId = await datasetWith(examples);
    const frozen = await freezeVersion({
      actor: actorOf(owner),
      datasetId,
      validationRatio: 0.2,
      seed: 5,
      stratify: true,
    });
    const validation = lines((await getVersionOrThrow({ ...owner, versionId: frozen.id })).validationJsonl);
    expect(validation.filter((line) => line.includes("Be formal.")).length).toBe(2);
    expect(validation.filter((line) => line.includes("Be brief.")).length).toBe(8);
  });

  it("refuses a split that leaves fewer than 10 training examples, and settings out of range", async () => {
    const datasetId = await datasetWith(questions(10));
    await expect(freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.1 })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { validationRatio: { code: "tooFewToSplit", params: { min: 11 } } },
    });
    await expect(freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.6 })).rejects.toMatchObject({
      fields: { validationRatio: { code: "tooHigh", params: { max: 0.5 } } },
    });
    await expect(freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: -0.1 })).rejects.toMatchObject({
      fields: { validationRatio: { code: "tooLow" } },
    });
    await expect(
      freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.1, seed: 1.5 }),
    ).rejects.toMatchObject({
      fields: { seed: { code: "invalidSeed" } },
    });
    await expect(freezeVersion({ actor: actorOf(owner), datasetId })).resolves.toMatchObject({ number: 1 });
  });
});

describe("getVersionFileOrThrow", () => {
  it("names the files of a split version by part, and a version without a split as before", async () => {
    const datasetId = await datasetWith(questions(20), "Support: answers");
    const plain = await freezeVersion({ actor: actorOf(owner), datasetId });
    const split = await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.1 });
    const version = await getVersionOrThrow({ ...owner, versionId: split.id });
    expect(await getVersionFileOrThrow({ ...owner, versionId: plain.id, part: "training" })).toEqual({
      filename: "Support-answers-v1.jsonl",
      jsonl: (await getVersionOrThrow({ ...owner, versionId: plain.id })).jsonl,
    });
    await expect(getVersionFileOrThrow({ ...owner, versionId: plain.id, part: "validation" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await getVersionFileOrThrow({ ...owner, versionId: split.id, part: "training" })).toEqual({
      filename: "Support-answers-v2-train.jsonl",
      jsonl: version.jsonl,
    });
    expect(await getVersionFileOrThrow({ ...owner, versionId: split.id, part: "validation" })).toEqual({
      filename: "Support-answers-v2-validation.jsonl",
      jsonl: version.validationJsonl,
    });
    const stranger = await seedWorkspace("Mallory");
    await expect(
      getVersionFileOrThrow({ workspaceId: stranger.workspaceId, versionId: split.id, part: "training" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
