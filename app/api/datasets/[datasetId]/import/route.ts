import { parseCsvMappingHeader } from "@/lib/datasets/import/csv-mapping";
import { importExamples } from "@/lib/datasets/queries";
import { AppError } from "@/lib/errors";
import { createRoute } from "@/lib/route";

// The file is the raw request body, streamed into the dataset; its name (and for CSV/TSV the column
// mapping, as JSON) come URI-encoded in headers.
export const POST = createRoute<{ datasetId: string }>(
  { name: "POST /api/datasets/[datasetId]/import" },
  async ({ access, request, params }) => {
    if (!request.body) throw new AppError("invalid_input", "No file", { fields: { file: { code: "emptyFile" } } });
    return importExamples({
      workspaceId: access.workspace.id,
      datasetId: params.datasetId,
      userId: access.user.id,
      body: request.body,
      filename: decodeURIComponent(request.headers.get("x-filename") ?? "upload.jsonl"),
      mapping: parseCsvMappingHeader(request.headers.get("x-import-mapping")),
    });
  },
);
