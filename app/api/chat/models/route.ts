import { listChatModels } from "@/lib/chat/models";
import { createRoute } from "@/lib/route";

/** GET: the models of every connection of the workspace, for the model picker (asks each provider live). */
export const GET = createRoute({ name: "GET /api/chat/models" }, async ({ access }) => ({
  groups: await listChatModels(access.workspace.id),
}));
