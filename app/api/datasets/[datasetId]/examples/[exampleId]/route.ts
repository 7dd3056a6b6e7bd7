import { getExampleOrThrow } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

export const GET = createRoute<{ datasetId: string; exampleId: string }>(
  { name: "getExample" },
  async ({ access, params }) =>
    getExampleOrThrow({ workspaceId: access.workspace.id, datasetId: params.datasetId, exampleId: params.exampleId }),
);
