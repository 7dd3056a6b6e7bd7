/** "Add to dataset": a conversation's answer becomes a new example, validated like any other. */
import "server-only";
import type { z } from "zod";
import { addExample, getDatasetOrThrow } from "@/lib/datasets/queries";
import { AppError } from "@/lib/errors";
import type { addToDatasetSchema } from "./schema";
import { columnToExample } from "./to-example";

export async function addAnswerToDataset(
  options: z.output<typeof addToDatasetSchema> & { workspaceId: string; userId: string },
) {
  const { workspaceId, userId, datasetId } = options;
  const dataset = await getDatasetOrThrow({ workspaceId, datasetId });
  if (dataset.kind !== "chat")
    throw new AppError("invalid_input", "not a chat dataset", { fields: { datasetId: { code: "invalidChoice" } } });
  let data: ReturnType<typeof columnToExample>;
  try {
    data = columnToExample({ ...options, column: { turns: options.turns } });
  } catch (cause) {
    throw new AppError("invalid_input", "no answer to add", { fields: { turnIndex: { code: "required" } }, cause });
  }
  const example = await addExample({ workspaceId, datasetId, userId, data });
  const errors = example.issues.filter((issue) => issue.severity === "error").length;
  return {
    datasetId,
    exampleId: example.id,
    position: example.position,
    errors,
    warnings: example.issues.length - errors,
  };
}
