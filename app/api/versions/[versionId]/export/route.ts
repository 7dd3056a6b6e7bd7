import { getVersionOrThrow } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

/** The version's exact JSONL bytes, as a download named after the dataset and version. */
export const GET = createRoute<{ versionId: string }>({ name: "exportVersion" }, async ({ access, params }) => {
  const version = await getVersionOrThrow({ workspaceId: access.workspace.id, versionId: params.versionId });
  const filename = `${version.datasetName.replace(/[^\w.-]+/g, "-")}-v${version.number}.jsonl`;
  return new Response(version.jsonl, {
    headers: {
      "content-type": "application/jsonl; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
});
