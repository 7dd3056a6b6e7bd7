import { getDatasetWithVersions } from "@/lib/rest/datasets";
import { createApiRoute } from "@/lib/rest/route";

export const GET = createApiRoute<{ datasetId: string }>(
  { name: "GET /api/v1/datasets/[datasetId]" },
  async ({ access, params }) =>
    getDatasetWithVersions({ workspaceId: access.workspace.id, datasetId: params.datasetId }),
);
