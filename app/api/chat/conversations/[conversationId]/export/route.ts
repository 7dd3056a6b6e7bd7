import { record } from "@/lib/audit/record";
import { getConversationOrThrow } from "@/lib/chat/conversations";
import { conversationJsonl } from "@/lib/chat/export";
import { createRoute } from "@/lib/route";

/** GET: the conversation as JSONL, one line per column, as a download. */
export const GET = createRoute<{ conversationId: string }>(
  { name: "GET /api/chat/conversations/[conversationId]/export" },
  async ({ access, params }) => {
    const conversation = await getConversationOrThrow({
      workspaceId: access.workspace.id,
      conversationId: params.conversationId,
    });
    const target = { type: "conversation", id: params.conversationId, name: conversation.title };
    await record(access, "export.conversation", target);
    const filename = `${conversation.title.replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 60) || "conversation"}.jsonl`;
    return new Response(conversationJsonl(conversation.state), {
      headers: {
        "Content-Type": "application/jsonl; charset=utf-8",
        "Content-Disposition": `attachment; filename="conversation.jsonl"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      },
    });
  },
);
