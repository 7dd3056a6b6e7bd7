/** How the browser reaches the workspace archive's routes: export download, import upload and its answer. */
import { z } from "zod/mini";
import type { ArchiveCounts } from "./format";

export const WORKSPACE_EXPORT_URL = "/api/workspace/export";

/** Where an archive is uploaded (the raw body, streamed to disk on the server). */
export const WORKSPACE_IMPORT_URL = "/api/workspace/import";

const count = z.int();
export const workspaceImportSchema = z.object({
  counts: z.object({ datasets: count, versions: count, examples: count, jobs: count, conversations: count }),
}) satisfies z.ZodMiniType<{ counts: ArchiveCounts }>;
