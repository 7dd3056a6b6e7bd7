import { listConnections } from "@/lib/connections/queries";
import { createApiRoute } from "@/lib/rest/route";

/** Names and kinds only: keys, endpoints and test results stay in the app. */
export const GET = createApiRoute({ name: "GET /api/v1/connections" }, async ({ access }) => {
  const connections = await listConnections(access.workspace.id);
  return { data: connections.map(({ id, name, kind }) => ({ id, name, kind })) };
});
