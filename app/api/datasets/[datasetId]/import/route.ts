import { parseCsvMappingHeader } from "@/lib/datasets/import/csv-mapping";
import { MAX_IMPORT_BYTES } from "@/lib/datasets/import/import-examples";
import { importExamples } from "@/lib/datasets/queries";
import { AppError } from "@/lib/errors";
import { createRoute } from "@/lib/route";
import { uploadBody } from "@/lib/uploads/limit";

// The file is the raw request body, streamed into the dataset; its name (and for CSV/TSV the column
// mapping, as JSON) come URI-encoded in headers.
export const POST = createRoute<{ datasetId: string }>(
  { name: "POST /api/datasets/[datasetId]/import" },
  async ({ access, request, params }) => {
    const filename = filenameOf(request);
    const mapping = parseCsvMappingHeader(request.headers.get("x-import-mapping"));
    return importExamples({
      workspaceId: access.workspace.id,
      datasetId: params.datasetId,
      userId: access.user.id,
      body: await uploadBody(request, { ownLimitBytes: MAX_IMPORT_BYTES }),
      filename,
      mapping,
    });
  },
);

function filenameOf(request: Request): string {
  const header = request.headers.get("x-filename");
  if (header === null) return "upload.jsonl";
  try {
    return decodeURIComponent(header);
  } catch (cause) {
    throw new AppError("invalid_input", "The x-filename header is not validly percent-encoded", { cause });
  }
}
