/** Compares two frozen versions of one dataset, training and validation examples together. */
import "server-only";
import { AppError } from "@/lib/errors";
import { diffExamples } from "./diff";
import { getVersionOrThrow } from "./versions";

type DiffOptions = {
  workspaceId: string;
  fromVersionId: string;
  toVersionId: string;
  /** When given, both versions must be of this dataset: a version of another one is not found. */
  datasetId?: string;
};

export async function diffVersions({ workspaceId, fromVersionId, toVersionId, datasetId }: DiffOptions) {
  const [from, to] = await Promise.all([
    getVersionOrThrow({ workspaceId, versionId: fromVersionId }),
    getVersionOrThrow({ workspaceId, versionId: toVersionId }),
  ]);
  if (datasetId !== undefined && (from.datasetId !== datasetId || to.datasetId !== datasetId)) {
    throw new AppError("not_found", "This version does not exist");
  }
  if (from.datasetId === null || from.datasetId !== to.datasetId) {
    throw new AppError("invalid_input", "Only versions of the same dataset can be compared");
  }
  return {
    from: { number: from.number },
    to: { number: to.number },
    ...diffExamples(linesOf(from), linesOf(to)),
  };
}

function linesOf(version: { jsonl: string; validationJsonl: string | null }): string[] {
  return `${version.jsonl}${version.validationJsonl ?? ""}`.split("\n").filter((line) => line !== "");
}
