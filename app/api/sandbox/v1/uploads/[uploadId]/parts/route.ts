import { MULTIPART_OVERHEAD } from "@/lib/sandbox/files";
import { readForm, sandboxRoute } from "@/lib/sandbox/http";
import { addUploadPart, MAX_PART_BYTES } from "@/lib/sandbox/uploads";

export const POST = sandboxRoute<{ uploadId: string }>(async ({ connection, request, params }) =>
  addUploadPart(connection, params.uploadId, await readForm(request, MAX_PART_BYTES + MULTIPART_OVERHEAD)),
);
