import { getVersionOrThrow } from "@/lib/datasets/queries";
import { createApiRoute } from "@/lib/rest/route";
import { versionView } from "@/lib/rest/versions";

export const GET = createApiRoute<{ versionId: string }>(
  { name: "GET /api/v1/versions/[versionId]" },
  async ({ access, params }) =>
    versionView(await getVersionOrThrow({ workspaceId: access.workspace.id, versionId: params.versionId })),
);
