import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addExample, createDataset } from "../queries";
import { chatExample, chatJsonl, seedWorkspace, streamOf } from "../test-fixtures";
import { importExamples } from "./import-examples";

afterEach(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "fail_halfway"`);
});

describe("importExamples", () => {
  it("leaves the dataset exactly as it was when the database fails halfway", async () => {
    const owner = await seedWorkspace("Frank");
    const { id: datasetId } = await createDataset({ ...owner, name: "Half" });
    await addExample({ ...owner, datasetId, data: chatExample("Keep me?") });
    const snapshot = async () => ({
      dataset: await db.dataset.findUniqueOrThrow({ where: { id: datasetId } }),
      examples: await db.datasetExample.findMany({ where: { datasetId }, orderBy: { position: "asc" } }),
    });
    const before = await snapshot();
    // The database refuses the 1 101st example, after two batches of 500 were written.
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "fail_halfway" BEFORE INSERT ON "dataset_example" WHEN NEW."position" = 1102
       BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`,
    );
    const body = streamOf(chatJsonl(1_200), 64 * 1024);
    await expect(importExamples({ ...owner, datasetId, body, filename: "x.jsonl" })).rejects.toThrow("disk I/O error");
    expect(await snapshot()).toEqual(before);
  });

  it("imports into the same dataset again after a failed import", async () => {
    const owner = await seedWorkspace("Greta");
    const { id: datasetId } = await createDataset({ ...owner, name: "Again" });
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "fail_halfway" BEFORE INSERT ON "dataset_example" WHEN NEW."position" = 3
       BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`,
    );
    await expect(
      importExamples({ ...owner, datasetId, body: streamOf(chatJsonl(5)), filename: "x.jsonl" }),
    ).rejects.toThrow("disk I/O error");
    await db.$executeRawUnsafe(`DROP TRIGGER "fail_halfway"`);
    expect(
      await importExamples({ ...owner, datasetId, body: streamOf(chatJsonl(5)), filename: "x.jsonl" }),
    ).toMatchObject({
      imported: 5,
    });
    expect(await db.datasetExample.count({ where: { datasetId } })).toBe(5);
  });
});
