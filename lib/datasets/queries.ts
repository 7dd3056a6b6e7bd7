/** The dataset studio's data layer, one module per part; pages, actions and routes import from here. */
import "server-only";

export { removeDuplicates, setSystemPromptForAll } from "./bulk";
export {
  createDataset,
  deleteDataset,
  discardDataset,
  duplicateDataset,
  getDatasetOrThrow,
  listDatasets,
  renameDataset,
} from "./datasets";
export { countExampleFilters, listExamplePage, parseExampleQuery } from "./example-page";
export { addExample, deleteExample, getExampleOrThrow, listExampleSummaries, saveExample } from "./examples";
export { importExamples } from "./import/import-examples";
export { datasetReport, listDuplicateExampleIds } from "./report";
export { diffVersions } from "./version-diff";
export { exportVersionFile, freezeVersion, getVersionFileOrThrow, getVersionOrThrow, listVersions } from "./versions";
