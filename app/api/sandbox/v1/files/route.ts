import { listFiles, uploadFile } from "@/lib/sandbox/files";
import { sandboxRoute } from "@/lib/sandbox/http";

export const POST = sandboxRoute(async ({ connection, request }) => uploadFile(connection, request));

export const GET = sandboxRoute(async ({ connection, request }) => listFiles(connection, new URL(request.url)));
