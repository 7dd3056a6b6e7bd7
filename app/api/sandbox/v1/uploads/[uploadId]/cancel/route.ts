import { sandboxRoute } from "@/lib/sandbox/http";
import { cancelUpload } from "@/lib/sandbox/uploads";

export const POST = sandboxRoute<{ uploadId: string }>(async ({ connection, params }) =>
  cancelUpload(connection, params.uploadId),
);
