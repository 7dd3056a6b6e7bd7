import { fileContent } from "@/lib/sandbox/files";
import { sandboxRoute } from "@/lib/sandbox/http";

export const GET = sandboxRoute<{ fileId: string }>(async ({ connection, params }) =>
  fileContent(connection, params.fileId),
);
