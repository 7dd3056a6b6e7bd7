import { exportVersionFile } from "@/lib/datasets/queries";
import { createRoute } from "@/lib/route";

/** A version's training (or, with ?part=validation, validation) file: its exact JSONL bytes, as a download. */
export const GET = createRoute<{ versionId: string }>(
  { name: "GET /api/versions/[versionId]/export" },
  async ({ access, request, params }) => {
    const part = new URL(request.url).searchParams.get("part") === "validation" ? "validation" : "training";
    const file = await exportVersionFile({ actor: access, versionId: params.versionId, part });
    return new Response(file.jsonl, {
      headers: {
        "content-type": "application/jsonl; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
      },
    });
  },
);
