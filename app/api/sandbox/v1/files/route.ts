import { listFiles, MAX_FILE_BYTES, MULTIPART_OVERHEAD, uploadFile } from "@/lib/sandbox/files";
import { readForm, sandboxRoute } from "@/lib/sandbox/http";

export const POST = sandboxRoute(async ({ connection, request }) =>
  uploadFile(connection, await readForm(request, MAX_FILE_BYTES + MULTIPART_OVERHEAD)),
);

export const GET = sandboxRoute(async ({ connection, request }) => listFiles(connection, new URL(request.url)));
