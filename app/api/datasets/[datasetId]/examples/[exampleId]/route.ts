import { getExampleOrThrow } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

export const GET = createRoute<{ datasetId: string; exampleId: string }>(
  { name: "GET /api/datasets/[datasetId]/examples/[exampleId]" },
  async ({ access, params }) =>
    getExampleOrThrow({ workspaceId: access.workspace.id, datasetId: params.datasetId, exampleId: params.exampleId }),
);
