import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createDataset } from "../queries";
import { chatJsonl, seedWorkspace, streamOf } from "../test-fixtures";
import { importExamples } from "./import-examples";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once an import writes its spool file: soon after, it inserts. */
async function spoolStarted() {
  const dir = path.join(getEnv().DATA_DIR, "tmp");
  while (!fs.existsSync(dir) || !fs.readdirSync(dir).some((name) => name.startsWith("import-"))) await sleep(5);
}

/** Measures the longest time the event loop is held up, in ms: requests wait that long for an answer. */
function watchStalls() {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return longest;
    },
  };
}

describe("importExamples beside the app's other writes", () => {
  it("waits for another request's transaction that holds the write lock, and the server keeps answering", async () => {
    const owner = await seedWorkspace("Ida");
    const { id: datasetId } = await createDataset({ ...owner, name: "Meanwhile" });
    const other = await createDataset({ ...owner, name: "Other" });
    const stalls = watchStalls();
    const imported = importExamples({ ...owner, datasetId, body: streamOf(chatJsonl(5)), filename: "x.jsonl" });
    // Another request's transaction (a sign-up, a version being frozen) has written and awaits its next statement
    // when the import comes to insert.
    const transaction = db.$transaction(
      async (tx) => {
        await tx.dataset.update({ where: { id: other.id }, data: { name: "Other, renamed" } });
        await spoolStarted();
        await sleep(500);
        await tx.dataset.update({ where: { id: other.id }, data: { name: "Other, renamed twice" } });
      },
      { timeout: 30_000 },
    );
    await transaction;
    expect(await imported).toMatchObject({ imported: 5 });
    const longestStall = stalls.stop();
    expect(await db.dataset.findUniqueOrThrow({ where: { id: datasetId } })).toMatchObject({ exampleCount: 5 });
    expect((await db.dataset.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Other, renamed twice");
    // Waiting on the server's thread, the import stopped everything until it gave up, after 15 s.
    expect(longestStall).toBeLessThan(5_000);
  });

  it("lets the app's writes during an import wait for it rather than fail", async () => {
    const owner = await seedWorkspace("Jon");
    const { id: datasetId } = await createDataset({ ...owner, name: "Large" });
    const other = await createDataset({ ...owner, name: "Busy" });
    let settled = false;
    const imported = importExamples({
      ...owner,
      datasetId,
      body: streamOf(chatJsonl(4_000), 64 * 1024),
      filename: "x.jsonl",
    }).finally(() => {
      settled = true;
    });
    // Writes of other requests all along, the import's insert among them.
    let writes = 0;
    while (!settled) {
      await db.dataset.update({ where: { id: other.id }, data: { name: `Busy ${++writes}` } });
      await sleep(5);
    }
    expect(await imported).toMatchObject({ imported: 4_000 });
    expect(writes).toBeGreaterThan(0);
  });
});
