/** The jobs pages' data layer; pages, actions and routes import from here. */
import "server-only";

export {
  getJobOrThrow,
  listJobEvents,
  listJobMetrics,
  saveDeploymentName,
} from "./queries-detail";
export { listJobFacets, listJobs } from "./queries-list";
