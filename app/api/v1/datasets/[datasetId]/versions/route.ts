import { freezeVersion, getVersionOrThrow, listVersions } from "@/lib/datasets/queries";
import { createApiRoute, parseJson } from "@/lib/rest/route";
import { freezeBodySchema } from "@/lib/rest/schema";
import { versionView } from "@/lib/rest/versions";

export const GET = createApiRoute<{ datasetId: string }>(
  { name: "GET /api/v1/datasets/[datasetId]/versions" },
  async ({ access, params }) => ({
    data: await listVersions({ workspaceId: access.workspace.id, datasetId: params.datasetId }),
  }),
);

/** Freezes the examples as they are now; unchanged data with the same split returns the latest version. */
export const POST = createApiRoute<{ datasetId: string }>(
  { name: "POST /api/v1/datasets/[datasetId]/versions", status: 201 },
  async ({ access, request, params }) => {
    const split = await parseJson(request, freezeBodySchema);
    const { id } = await freezeVersion({ actor: access, datasetId: params.datasetId, ...split });
    return versionView(await getVersionOrThrow({ workspaceId: access.workspace.id, versionId: id }));
  },
);
