"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/action";
import {
  addExample,
  createDataset,
  deleteDataset,
  deleteExample,
  duplicateDataset,
  freezeVersion,
  removeDuplicates,
  renameDataset,
  saveExample,
  setSystemPromptForAll,
} from "@/lib/datasets/queries";
import {
  datasetIdSchema,
  datasetNameSchema,
  exampleIdSchema,
  freezeVersionSchema,
  saveExampleSchema,
  systemPromptSchema,
} from "@/lib/datasets/schema";

function refreshDataset(datasetId?: string) {
  revalidatePath("/datasets");
  if (datasetId) revalidatePath(`/datasets/${datasetId}`);
}

export const createDatasetAction = createAction(
  { name: "createDatasetAction", schema: datasetNameSchema },
  async ({ name }, { workspace, user }) => {
    const created = await createDataset({ workspaceId: workspace.id, userId: user.id, name });
    refreshDataset();
    return created;
  },
);

export const renameDatasetAction = createAction(
  { name: "renameDatasetAction", schema: datasetIdSchema.extend(datasetNameSchema.shape) },
  async ({ datasetId, name }, { workspace }) => {
    await renameDataset({ workspaceId: workspace.id, datasetId, name });
    refreshDataset(datasetId);
  },
);

export const duplicateDatasetAction = createAction(
  { name: "duplicateDatasetAction", schema: datasetIdSchema },
  async ({ datasetId }, { workspace, user }) => {
    const copy = await duplicateDataset({ workspaceId: workspace.id, userId: user.id, datasetId });
    refreshDataset();
    return copy;
  },
);

export const deleteDatasetAction = createAction(
  { name: "deleteDatasetAction", schema: datasetIdSchema },
  async ({ datasetId }, access) => {
    await deleteDataset({ actor: access, datasetId });
    refreshDataset();
  },
);

export const saveExampleAction = createAction(
  { name: "saveExampleAction", schema: saveExampleSchema },
  async ({ datasetId, exampleId, data, expectedRevision }, { workspace, user }) => {
    const saved = await saveExample({
      workspaceId: workspace.id,
      datasetId,
      exampleId,
      data,
      expectedRevision,
      userId: user.id,
    });
    refreshDataset(datasetId);
    return saved;
  },
);

export const addExampleAction = createAction(
  { name: "addExampleAction", schema: datasetIdSchema.extend({ afterPosition: z.number().int().optional() }) },
  async ({ datasetId, afterPosition }, { workspace, user }) => {
    // An empty example of the dataset's kind, to fill in the editor.
    const added = await addExample({ workspaceId: workspace.id, datasetId, userId: user.id, afterPosition });
    refreshDataset(datasetId);
    return added;
  },
);

export const deleteExampleAction = createAction(
  { name: "deleteExampleAction", schema: exampleIdSchema },
  async ({ datasetId, exampleId }, { workspace }) => {
    await deleteExample({ workspaceId: workspace.id, datasetId, exampleId });
    refreshDataset(datasetId);
  },
);

export const freezeVersionAction = createAction(
  { name: "freezeVersionAction", schema: freezeVersionSchema },
  async ({ datasetId, validationRatio, seed, stratify }, access) => {
    const version = await freezeVersion({ actor: access, datasetId, validationRatio, seed, stratify });
    refreshDataset(datasetId);
    return version;
  },
);

export const setSystemPromptForAllAction = createAction(
  { name: "setSystemPromptForAllAction", schema: systemPromptSchema },
  async ({ datasetId, systemPrompt }, { workspace, user }) => {
    const result = await setSystemPromptForAll({ workspaceId: workspace.id, datasetId, userId: user.id, systemPrompt });
    refreshDataset(datasetId);
    return result;
  },
);

export const removeDuplicatesAction = createAction(
  { name: "removeDuplicatesAction", schema: datasetIdSchema },
  async ({ datasetId }, { workspace, user }) => {
    const result = await removeDuplicates({ workspaceId: workspace.id, datasetId, userId: user.id });
    refreshDataset(datasetId);
    return result;
  },
);
