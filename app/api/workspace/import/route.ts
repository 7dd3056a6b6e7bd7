import { AppError } from "@/lib/errors";
import { ArchiveError } from "@/lib/portability/errors";
import { importUploadedArchive, MAX_ARCHIVE_BYTES } from "@/lib/portability/import";
import { createRoute } from "@/lib/route";
import { readUpload } from "@/lib/uploads/limit";

// The archive is the raw request body, streamed to disk, checked whole, then restored in one transaction.
export const POST = createRoute({ name: "POST /api/workspace/import" }, async ({ access, request }) => {
  if (!request.body) throw archiveProblem(new ArchiveError("not_zip"));
  // Too large (by its length, or as it arrives) is a 413 with the archive's own message.
  const body = await readUpload(request, {
    ownLimitBytes: MAX_ARCHIVE_BYTES,
    field: "archive",
    fieldCode: "too_large",
  });
  try {
    return { counts: await importUploadedArchive({ actor: access, body }) };
  } catch (error) {
    throw error instanceof ArchiveError ? archiveProblem(error) : error;
  }
});

function archiveProblem(error: ArchiveError) {
  const code = error.problem === "not_empty" ? "conflict" : "invalid_input";
  return new AppError(code, error.message, {
    fields: { archive: { code: error.problem, params: error.params } },
    cause: error.cause,
  });
}
