import { importBody } from "@/lib/rest/datasets";
import { createApiRoute, parseQuery } from "@/lib/rest/route";
import { importQuerySchema } from "@/lib/rest/schema";

/** The body is the JSONL file, streamed; all of its examples are added, or none when the file is refused. */
export const POST = createApiRoute<{ datasetId: string }>(
  { name: "POST /api/v1/datasets/[datasetId]/examples" },
  async ({ access, request, params }) => {
    const { filename } = parseQuery(request, importQuerySchema);
    const ref = { workspaceId: access.workspace.id, userId: access.user.id, datasetId: params.datasetId };
    return importBody({ ...ref, request, filename });
  },
);
