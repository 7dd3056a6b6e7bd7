import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { addExample, createDataset } from "../queries";
import { chatExample, chatJsonl, seedWorkspace, streamOf } from "../test-fixtures";
import { importExamples } from "./import-examples";

// The database fails on the third batch of an import, after two batches were written.
vi.mock("../insert-examples", async (importOriginal) => {
  const original = await importOriginal<typeof import("../insert-examples")>();
  let calls = 0;
  return {
    ...original,
    insertExampleRows: vi.fn(async (...args: Parameters<typeof original.insertExampleRows>) => {
      calls += 1;
      if (calls === 3) throw new Error("disk I/O error");
      return original.insertExampleRows(...args);
    }),
  };
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
    const body = streamOf(chatJsonl(1_200), 64 * 1024);
    await expect(importExamples({ ...owner, datasetId, body, filename: "x.jsonl" })).rejects.toThrow("disk I/O error");
    expect(await snapshot()).toEqual(before);
  });
});
