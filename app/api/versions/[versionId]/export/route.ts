import { record } from "@/lib/audit/record";
import { getVersionFileOrThrow } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

/** A version's training (or, with ?part=validation, validation) file: its exact JSONL bytes, as a download. */
export const GET = createRoute<{ versionId: string }>(
  { name: "GET /api/versions/[versionId]/export" },
  async ({ access, request, params }) => {
    const part = new URL(request.url).searchParams.get("part") === "validation" ? "validation" : "training";
    const file = await getVersionFileOrThrow({ workspaceId: access.workspace.id, versionId: params.versionId, part });
    await record(access, "export.version", { type: "version", id: params.versionId, name: file.filename }, { part });
    return new Response(file.jsonl, {
      headers: {
        "content-type": "application/jsonl; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
      },
    });
  },
);
