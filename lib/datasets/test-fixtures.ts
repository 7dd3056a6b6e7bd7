/** Workspaces, examples and upload streams for the dataset tests. */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { addExample, createDataset, getExampleOrThrow, listExampleSummaries } from "./queries";

export async function seedWorkspace(name: string) {
  const user = await db.user.create({ data: { id: randomUUID(), name, email: `${randomUUID()}@example.com` } });
  const workspace = await db.workspace.create({ data: { name: `${name}'s workspace` } });
  await db.member.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
  return { workspaceId: workspace.id, userId: user.id };
}

export function chatExample(question: string, answer = `An answer to: ${question}`) {
  return {
    messages: [
      { role: "user", content: question },
      { role: "assistant", content: answer },
    ],
  };
}

/** `count` chat examples, "Question 1?" onwards. */
export const questions = (count: number) =>
  Array.from({ length: count }, (_, index) => chatExample(`Question ${index + 1}?`));

/** A dataset of the owner's with these examples, added one by one as the editor would. */
export async function datasetWith(
  owner: { workspaceId: string; userId: string },
  examples: unknown[],
  name = "Support answers",
) {
  const { id } = await createDataset({ ...owner, name });
  for (const data of examples) await addExample({ ...owner, datasetId: id, data });
  return id;
}

export function dpoExample(question: string) {
  return {
    input: { messages: [{ role: "user", content: question }] },
    preferred_output: [{ role: "assistant", content: `A helpful answer to: ${question}` }],
    non_preferred_output: [{ role: "assistant", content: "No." }],
  };
}

/** A JSONL text of `count` chat examples. */
export function chatJsonl(count: number, from = 1): string {
  return Array.from(
    { length: count },
    (_, index) => `${JSON.stringify(chatExample(`Question ${from + index}?`))}\n`,
  ).join("");
}

/** An upload body, sent in chunks of `chunkSize` bytes (so lines and characters are split across chunks). */
export function streamOf(content: string | Uint8Array, chunkSize = 7): ReadableStream<Uint8Array> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** A huge upload made on the fly, chunk by chunk, which also reports whether the reader gave up on it. */
export function generatedStream(chunk: Uint8Array, chunks: number) {
  const state = { sent: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.sent >= chunks) return controller.close();
      state.sent += 1;
      controller.enqueue(chunk.slice());
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

/** Every example of a dataset as the editor loads it, in order. */
export async function examplesOf(ref: { workspaceId: string; datasetId: string }) {
  const summaries = await listExampleSummaries(ref);
  return Promise.all(summaries.map((summary) => getExampleOrThrow({ ...ref, exampleId: summary.id })));
}

/** The dataset row and its example rows exactly as stored, to show a failed change left them alone. */
export async function snapshot(datasetId: string) {
  return {
    dataset: await db.dataset.findUniqueOrThrow({ where: { id: datasetId } }),
    examples: await db.datasetExample.findMany({ where: { datasetId }, orderBy: { position: "asc" } }),
  };
}
