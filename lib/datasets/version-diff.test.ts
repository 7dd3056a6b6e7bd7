import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { addExample, createDataset, deleteExample, diffVersions, freezeVersion, saveExample } from "./queries";
import { chatExample, seedWorkspace } from "./test-fixtures";

let owner: Awaited<ReturnType<typeof seedWorkspace>>;
let stranger: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  owner = await seedWorkspace("Dora");
  stranger = await seedWorkspace("Eve");
});

async function datasetWith(count: number) {
  const { id: datasetId } = await createDataset({ ...owner, name: "Diffed" });
  const ids: string[] = [];
  for (let index = 1; index <= count; index++) {
    const added = await addExample({ ...owner, datasetId, data: chatExample(`Question ${index}?`) });
    ids.push(added.id);
  }
  return { datasetId, ids };
}

describe("diffVersions", () => {
  it("compares two frozen versions, validation examples included", async () => {
    const { datasetId, ids } = await datasetWith(12);
    const v1 = await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2, seed: 1 });
    await saveExample({
      ...owner,
      datasetId,
      exampleId: ids[0] as string,
      data: chatExample("Question 1?", "A better answer."),
      expectedRevision: 1,
    });
    await deleteExample({ ...owner, datasetId, exampleId: ids[1] as string });
    await addExample({ ...owner, datasetId, data: chatExample("Question 13?") });
    const v2 = await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2, seed: 1 });

    const diff = await diffVersions({ ...owner, fromVersionId: v1.id, toVersionId: v2.id });
    expect(diff).toMatchObject({ from: { number: 1 }, to: { number: 2 }, added: 1, removed: 1, changed: 1 });
    expect(diff.unchanged).toBe(10);
    expect(diff.items).toEqual([
      { kind: "changed", question: "Question 1?", before: "An answer to: Question 1?", after: "A better answer." },
      { kind: "removed", question: "Question 2?", before: "An answer to: Question 2?" },
      { kind: "added", question: "Question 13?", after: "An answer to: Question 13?" },
    ]);
  });

  it("refuses versions of two datasets, and another workspace's versions are not found", async () => {
    const first = await datasetWith(10);
    const second = await datasetWith(10);
    const a = await freezeVersion({ actor: actorOf(owner), datasetId: first.datasetId });
    const b = await freezeVersion({ actor: actorOf(owner), datasetId: second.datasetId });
    await expect(diffVersions({ ...owner, fromVersionId: a.id, toVersionId: b.id })).rejects.toMatchObject({
      code: "invalid_input",
    });
    await expect(
      diffVersions({ ...owner, datasetId: second.datasetId, fromVersionId: a.id, toVersionId: a.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      diffVersions({ workspaceId: stranger.workspaceId, fromVersionId: a.id, toVersionId: a.id }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
