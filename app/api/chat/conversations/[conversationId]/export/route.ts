import { exportConversation } from "@/lib/chat/conversations";
import { createRoute } from "@/lib/route";

/** GET: the conversation as JSONL, one line per column, as a download. */
export const GET = createRoute<{ conversationId: string }>(
  { name: "GET /api/chat/conversations/[conversationId]/export" },
  async ({ access, params }) => {
    const { filename, jsonl } = await exportConversation({ actor: access, conversationId: params.conversationId });
    return new Response(jsonl, {
      headers: {
        "Content-Type": "application/jsonl; charset=utf-8",
        "Content-Disposition": `attachment; filename="conversation.jsonl"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      },
    });
  },
);
