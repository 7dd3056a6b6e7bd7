/** Changes to every example of a dataset at once, each in one transaction: all examples change, or none. */
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { nameOfUser } from "@/lib/members/authors";
import { isRecord } from "@/lib/training-data/chat-message";
import { type Db, findDatasetOrThrow, TRANSACTION_WAIT } from "./datasets";
import { type ExampleData, prepareExample } from "./example-data";

type DatasetRef = { workspaceId: string; datasetId: string };

const READ_BATCH = 1_000;
const DELETE_BATCH = 500;
const BULK_TIMEOUT = { ...TRANSACTION_WAIT, timeout: 5 * 60_000 };

/**
 * Gives every example of a chat dataset the same system prompt: replaces the first system message's
 * content or puts a system message first. An empty prompt removes all system messages instead.
 */
export async function setSystemPromptForAll(
  options: DatasetRef & { userId: string; systemPrompt: string },
): Promise<{ changed: number }> {
  return db.$transaction(async (tx) => {
    const dataset = await findDatasetOrThrow(tx, options);
    if (dataset.kind !== "chat") {
      throw new AppError("invalid_input", "Only chat datasets have one system prompt per example", {
        reason: { code: "chatDatasetsOnly" },
      });
    }
    let changed = 0;
    for await (const batch of examplesOf(tx, dataset.id)) {
      for (const example of batch) {
        const value = JSON.parse(example.data) as ExampleData;
        const next = withSystemPrompt(value, options.systemPrompt);
        if (next === value) continue;
        const prepared = prepareExample(next, dataset);
        // One statement per example: Prisma's update costs several times this for a dataset of thousands.
        await tx.$executeRaw`UPDATE "dataset_example" SET "data" = ${prepared.data}, "preview" = ${prepared.preview},
          "tokens" = ${prepared.tokens}, "issues" = ${prepared.issues}, "errorCount" = ${prepared.errorCount},
          "warningCount" = ${prepared.warningCount}, "revision" = "revision" + 1, "updatedAt" = ${new Date()}
          WHERE "id" = ${example.id}`;
        changed += 1;
      }
    }
    if (changed > 0) await recountDataset(tx, dataset.id, options.userId);
    return { changed };
  }, BULK_TIMEOUT);
}

/** The example with the prompt set (a new object), or the same object when there is nothing to change. */
export function withSystemPrompt(example: ExampleData, systemPrompt: string): ExampleData {
  const { messages } = example;
  if (!Array.isArray(messages)) return example;
  const isSystem = (message: unknown) => isRecord(message) && message.role === "system";
  if (systemPrompt === "") {
    return messages.some(isSystem)
      ? { ...example, messages: messages.filter((message) => !isSystem(message)) }
      : example;
  }
  const first = messages.findIndex(isSystem);
  const current: unknown = messages[first];
  if (isRecord(current) && current.content === systemPrompt) return example;
  const next = isRecord(current)
    ? messages.with(first, { ...current, content: systemPrompt })
    : [{ role: "system", content: systemPrompt }, ...messages];
  return { ...example, messages: next };
}

/** Deletes every example that is an exact copy of an earlier one, closing the gaps in the positions. */
export async function removeDuplicates(options: DatasetRef & { userId: string }): Promise<{ removed: number }> {
  return db.$transaction(async (tx) => {
    const dataset = await findDatasetOrThrow(tx, options);
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for await (const batch of examplesOf(tx, dataset.id)) {
      for (const example of batch) {
        if (seen.has(example.data)) duplicates.push(example.id);
        else seen.add(example.data);
      }
    }
    if (duplicates.length === 0) return { removed: 0 };
    for (let start = 0; start < duplicates.length; start += DELETE_BATCH) {
      await tx.datasetExample.deleteMany({ where: { id: { in: duplicates.slice(start, start + DELETE_BATCH) } } });
    }
    // Positions were gapless before, so each example's new position is how many are left up to it.
    await tx.$executeRaw`UPDATE "dataset_example" SET "position" = (
        SELECT COUNT(*) FROM "dataset_example" AS "earlier"
        WHERE "earlier"."datasetId" = "dataset_example"."datasetId" AND "earlier"."position" <= "dataset_example"."position"
      ) WHERE "datasetId" = ${dataset.id}`;
    await recountDataset(tx, dataset.id, options.userId);
    return { removed: duplicates.length };
  }, BULK_TIMEOUT);
}

async function* examplesOf(tx: Db, datasetId: string) {
  for (let after = 0; ; ) {
    const batch = await tx.datasetExample.findMany({
      where: { datasetId, position: { gt: after } },
      orderBy: { position: "asc" },
      take: READ_BATCH,
      select: { id: true, position: true, data: true },
    });
    const last = batch.at(-1);
    if (!last) return;
    yield batch;
    after = last.position;
  }
}

/** After a bulk change the cached counts are computed again from the examples, not adjusted. */
async function recountDataset(tx: Db, datasetId: string, userId: string) {
  const where = { datasetId };
  const totals = await tx.datasetExample.aggregate({ where, _count: { _all: true }, _sum: { tokens: true } });
  await tx.dataset.update({
    where: { id: datasetId },
    data: {
      revision: { increment: 1 },
      updatedById: userId,
      updatedByName: await nameOfUser(tx, userId),
      exampleCount: totals._count._all,
      tokenCount: totals._sum.tokens ?? 0,
      errorCount: await tx.datasetExample.count({ where: { ...where, errorCount: { gt: 0 } } }),
      warningCount: await tx.datasetExample.count({ where: { ...where, warningCount: { gt: 0 } } }),
    },
  });
}
