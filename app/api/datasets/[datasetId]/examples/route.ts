import { listDuplicateExampleIds, listExampleSummaries } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

export const GET = createRoute<{ datasetId: string }>({ name: "listExampleSummaries" }, async ({ access, params }) => {
  const ref = { workspaceId: access.workspace.id, datasetId: params.datasetId };
  const [examples, duplicates] = await Promise.all([listExampleSummaries(ref), listDuplicateExampleIds(ref)]);
  return { examples, duplicates: [...duplicates] };
});
