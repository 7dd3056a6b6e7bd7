import { getDatasetWithVersions } from "@/lib/rest/datasets";
import { createApiRoute } from "@/lib/rest/route";

export const GET = createApiRoute<{ datasetId: string }>(
  { name: "getDataset", need: "read" },
  async ({ access, params }) =>
    getDatasetWithVersions({ workspaceId: access.workspace.id, datasetId: params.datasetId }),
);
