import { readJson, sandboxRoute } from "@/lib/sandbox/http";
import { createUpload } from "@/lib/sandbox/uploads";

export const POST = sandboxRoute(async ({ connection, request }) => createUpload(connection, await readJson(request)));
