import { AppError } from "@/lib/errors";
import { listBaseModels } from "@/lib/jobs/base-models";
import { createRoute } from "@/lib/route";

// The base models a connection can fine-tune, polled by the new-job form when the connection changes.
export const GET = createRoute({ name: "GET /jobs/new/models" }, async ({ access, request }) => {
  const connectionId = new URL(request.url).searchParams.get("connectionId");
  if (!connectionId) throw new AppError("invalid_input", "Which connection is missing");
  return listBaseModels({ workspaceId: access.workspace.id, connectionId });
});
