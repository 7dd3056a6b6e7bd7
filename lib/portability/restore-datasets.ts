/** Datasets with their examples and versions (the versions' exact bytes), and versions whose dataset was deleted. */
import "server-only";
import { EXAMPLE_COLUMNS } from "@/lib/datasets/insert-examples";
import { insertRows } from "@/lib/db/insert-rows";
import type { RestoreContext } from "./context";
import { entryPatterns, paths } from "./format";
import { expectField } from "./parse-entry";
import { datasetSchema, exampleSchema, versionSchema } from "./schemas";

/** Restores every dataset and version; returns the new id of each archive version id, for the jobs. */
export async function restoreDatasets(context: RestoreContext): Promise<Map<string, string>> {
  const versionIds = new Map<string, string>();
  for (const name of context.archive.names) {
    const dataset = entryPatterns.dataset.exec(name);
    if (dataset?.[1]) await restoreDataset(context, name, dataset[1], versionIds);
    const loose = entryPatterns.looseVersion.exec(name);
    if (loose?.[1]) await restoreVersion(context, name, { datasetId: null, folderId: loose[1] }, versionIds);
  }
  return versionIds;
}

async function restoreDataset(context: RestoreContext, entry: string, id: string, versionIds: Map<string, string>) {
  const { tx, workspaceId, archive, author } = context;
  const row = await archive.json(entry, datasetSchema);
  expectField(entry, "id", row.id, id);
  const createdBy = author(row.createdById, row.createdByName);
  const updatedBy = author(row.updatedById, row.updatedByName);
  const { id: datasetId } = await tx.dataset.create({
    data: {
      workspaceId,
      name: row.name,
      kind: row.kind,
      baseModel: row.baseModel,
      revision: row.revision,
      exampleCount: row.exampleCount,
      tokenCount: row.tokenCount,
      errorCount: row.errorCount,
      warningCount: row.warningCount,
      createdById: createdBy.id,
      createdByName: createdBy.name,
      updatedById: updatedBy.id,
      updatedByName: updatedBy.name,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    },
    select: { id: true },
  });
  const examples = await archive.lines(paths.examples(id), exampleSchema);
  await insertRows(
    tx,
    "dataset_example",
    EXAMPLE_COLUMNS,
    examples.map((example) => [
      workspaceId,
      datasetId,
      example.position,
      example.data,
      example.preview,
      example.tokens,
      example.issues,
      example.errorCount,
      example.warningCount,
      example.revision,
      example.createdAt,
      example.updatedAt,
    ]),
    { withId: true },
  );
  for (const name of archive.names) {
    const version = entryPatterns.datasetVersion.exec(name);
    if (version?.[1] !== id) continue;
    await restoreVersion(context, name, { datasetId, folderId: id, number: Number(version[2]) }, versionIds);
  }
}

/**
 * A version's row and bytes. `folderId` is the archive id its path names: its dataset's (datasets/<id>/versions/<n>)
 * or, for a version whose dataset was deleted, its own (versions/<id>).
 */
async function restoreVersion(
  { tx, workspaceId, archive, author }: RestoreContext,
  entry: string,
  place: { datasetId: string | null; folderId: string; number?: number },
  versionIds: Map<string, string>,
) {
  const row = await archive.json(entry, versionSchema);
  if (place.number === undefined) {
    expectField(entry, "id", row.id, place.folderId);
    expectField(entry, "datasetId", row.datasetId, null);
  } else {
    expectField(entry, "datasetId", row.datasetId, place.folderId);
    expectField(entry, "number", row.number, place.number);
  }
  const base = entry.slice(0, -"/version.json".length);
  const validationPath = paths.version(base, "validation.jsonl");
  const createdBy = author(row.createdById, row.createdByName);
  const created = await tx.datasetVersion.create({
    data: {
      workspaceId,
      datasetId: place.datasetId,
      datasetName: row.datasetName,
      kind: row.kind,
      number: row.number,
      contentHash: row.contentHash,
      jsonl: await archive.text(paths.version(base, "training.jsonl")),
      exampleCount: row.exampleCount,
      tokenCount: row.tokenCount,
      validationJsonl: archive.has(validationPath) ? await archive.text(validationPath) : null,
      validationCount: row.validationCount,
      validationRatio: row.validationRatio,
      splitSeed: row.splitSeed,
      createdById: createdBy.id,
      createdByName: createdBy.name,
      createdAt: row.createdAt,
    },
    select: { id: true },
  });
  versionIds.set(row.id, created.id);
}
