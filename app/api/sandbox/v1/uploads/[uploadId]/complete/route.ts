import { readJson, sandboxRoute } from "@/lib/sandbox/http";
import { completeUpload } from "@/lib/sandbox/uploads";

export const POST = sandboxRoute<{ uploadId: string }>(async ({ connection, request, params }) =>
  completeUpload(connection, params.uploadId, await readJson(request)),
);
