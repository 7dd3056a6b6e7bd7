import { listExampleSummaries } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

export const GET = createRoute<{ datasetId: string }>({ name: "listExampleSummaries" }, async ({ access, params }) => ({
  examples: await listExampleSummaries({ workspaceId: access.workspace.id, datasetId: params.datasetId }),
}));
