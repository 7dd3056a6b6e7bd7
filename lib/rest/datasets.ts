/** Datasets for the REST API: one with its versions, and a new one made from a JSONL body in one call. */
import "server-only";
import type { Access } from "@/lib/auth/access";
import { MAX_IMPORT_BYTES } from "@/lib/datasets/import/import-examples";
import { createDataset, discardDataset, getDatasetOrThrow, importExamples, listVersions } from "@/lib/datasets/queries";
import { uploadBody } from "@/lib/uploads/limit";

type DatasetRef = { workspaceId: string; datasetId: string };

export async function getDatasetWithVersions(ref: DatasetRef) {
  const [dataset, versions] = await Promise.all([getDatasetOrThrow(ref), listVersions(ref)]);
  return { ...dataset, versions };
}

/** Imports into an existing dataset; the body is the file, streamed (and capped, as in the app). */
export async function importBody(options: DatasetRef & { userId: string; request: Request; filename: string }) {
  const { request, ...ref } = options;
  return importExamples({ ...ref, body: await uploadBody(request, { ownLimitBytes: MAX_IMPORT_BYTES }) });
}

/** Creates the dataset and imports the body into it; a refused file leaves no empty dataset behind. */
export async function createDatasetFromBody(options: {
  access: Access;
  name: string;
  filename: string;
  request: Request;
}) {
  const { access, name, filename, request } = options;
  const ref = { workspaceId: access.workspace.id, userId: access.user.id };
  const { id: datasetId } = await createDataset({ ...ref, name });
  try {
    const imported = await importBody({ ...ref, datasetId, request, filename });
    return { ...(await getDatasetWithVersions({ ...ref, datasetId })), imported };
  } catch (error) {
    await discardDataset({ ...ref, datasetId });
    throw error;
  }
}
