/** How the browser reaches the workspace archive's routes: export download, import upload and its answer. */
export const WORKSPACE_EXPORT_URL = "/api/workspace/export";

/** Where an archive is uploaded (the raw body, streamed to disk on the server). */
export const WORKSPACE_IMPORT_URL = "/api/workspace/import";

/** What an import restored, from its answer; the schema loads with it. */
export const parseWorkspaceImport = async (body: unknown) =>
  (await import("./responses")).workspaceImportSchema.parse(body);
