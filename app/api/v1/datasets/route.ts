import { createDataset, getDatasetOrThrow, listDatasets } from "@/lib/datasets/queries";
import { isFileBody } from "@/lib/rest/content-type";
import { createDatasetFromBody } from "@/lib/rest/datasets";
import { createApiRoute, parseJson, parseQuery } from "@/lib/rest/route";
import { createDatasetBodySchema, createDatasetQuerySchema } from "@/lib/rest/schema";

export const GET = createApiRoute({ name: "GET /api/v1/datasets" }, async ({ access }) => ({
  data: await listDatasets(access.workspace.id),
}));

/** A JSON body makes an empty dataset; a JSONL body (named by ?name=) makes one holding its examples. */
export const POST = createApiRoute({ name: "POST /api/v1/datasets", status: 201 }, async ({ access, request }) => {
  if (isFileBody(request)) {
    const { name, filename } = parseQuery(request, createDatasetQuerySchema);
    return createDatasetFromBody({ access, name, filename, request });
  }
  const { name } = await parseJson(request, createDatasetBodySchema);
  const { id } = await createDataset({ workspaceId: access.workspace.id, userId: access.user.id, name });
  return getDatasetOrThrow({ workspaceId: access.workspace.id, datasetId: id });
});
