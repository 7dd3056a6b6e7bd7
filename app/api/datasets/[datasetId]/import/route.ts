import { parseCsvMappingHeader } from "@/lib/datasets/import/csv-mapping";
import { MAX_IMPORT_BYTES } from "@/lib/datasets/import/spool";
import { importExamples } from "@/lib/datasets/queries";
import { AppError } from "@/lib/errors";
import { createRoute } from "@/lib/route";
import { refuseOversizedUpload } from "@/lib/uploads/limit";

// The file is the raw request body, streamed into the dataset; its name (and for CSV/TSV the column
// mapping, as JSON) come URI-encoded in headers.
export const POST = createRoute<{ datasetId: string }>(
  { name: "POST /api/datasets/[datasetId]/import" },
  async ({ access, request, params }) => {
    if (!request.body) throw new AppError("invalid_input", "No file", { fields: { file: { code: "emptyFile" } } });
    refuseOversizedUpload(request, MAX_IMPORT_BYTES);
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
