import { listConversations } from "@/lib/chat/conversations";
import { createRoute } from "@/lib/route";

/** GET: the workspace's saved conversations, newest first. */
export const GET = createRoute({ name: "GET /api/chat/conversations" }, async ({ access }) => ({
  conversations: await listConversations(access.workspace.id),
}));
