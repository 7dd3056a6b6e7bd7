/** How the browser reaches the workspace archive's routes: export download, import upload and its answer. */
import { z } from "zod";
import { manifestSchema } from "./format";

export const WORKSPACE_EXPORT_URL = "/api/workspace/export";

/** Where an archive is uploaded (the raw body, streamed to disk on the server). */
export const WORKSPACE_IMPORT_URL = "/api/workspace/import";

export const workspaceImportSchema = z.object({ counts: manifestSchema.shape.counts });
