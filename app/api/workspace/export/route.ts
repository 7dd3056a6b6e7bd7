import { Readable } from "node:stream";
import { exportWorkspace } from "@/lib/portability/export";
import { archiveFilename } from "@/lib/portability/format";
import { createRoute } from "@/lib/route";

/** The whole workspace as one zip, streamed as it is written. */
export const GET = createRoute({ name: "GET /api/workspace/export" }, async ({ access }) => {
  const archive = await exportWorkspace(access);
  return new Response(Readable.toWeb(archive) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${archiveFilename(access.workspace.name, new Date())}"`,
      "cache-control": "no-store",
    },
  });
});
