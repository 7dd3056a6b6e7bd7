import { sandboxRoute } from "@/lib/sandbox/http";
import { addUploadPart } from "@/lib/sandbox/uploads";

export const POST = sandboxRoute<{ uploadId: string }>(async ({ connection, request, params }) =>
  addUploadPart(connection, params.uploadId, request),
);
