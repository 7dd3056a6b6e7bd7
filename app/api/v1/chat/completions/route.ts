import { completeChat, streamCompletion } from "@/lib/rest/chat";
import { createApiRoute, parseJson } from "@/lib/rest/route";
import { chatCompletionBodySchema } from "@/lib/rest/schema";

export const POST = createApiRoute({ name: "POST /api/v1/chat/completions" }, async ({ access, request }) => {
  const body = await parseJson(request, chatCompletionBodySchema);
  const options = { workspaceId: access.workspace.id, body, signal: request.signal };
  if (!body.stream) return completeChat(options);
  return new Response(await streamCompletion(options), {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform" },
  });
});
