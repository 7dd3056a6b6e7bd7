import { workspaceRegistry } from "@/lib/lifecycle/queries";
import { createRoute } from "@/lib/route";

/** The model lifecycle registry as the caller's workspace sees it: the data file with the workspace's overrides. */
export const GET = createRoute({ name: "GET /api/lifecycle" }, async ({ access }) =>
  workspaceRegistry(access.workspace.id),
);
