/** The dataset studio's data layer, one module per part; pages, actions and routes import from here. */
import "server-only";

export {
  createDataset,
  deleteDataset,
  duplicateDataset,
  getDatasetOrThrow,
  listDatasets,
  renameDataset,
} from "./datasets";
export { addExample, deleteExample, getExampleOrThrow, listExampleSummaries, saveExample } from "./examples";
export { importExamples } from "./import/import-examples";
export { datasetReport } from "./report";
export { freezeVersion, getVersionFileOrThrow, getVersionOrThrow, listVersions } from "./versions";
