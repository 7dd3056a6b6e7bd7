import { answerStream, streamRequestSchema } from "@/lib/chat/stream";
import { AppError } from "@/lib/errors";
import { createRoute } from "@/lib/route";
import { readJsonBody } from "@/lib/uploads/json-body";
import { fieldErrorsFrom } from "@/lib/validation";

/** POST: one column's answer, streamed as Server-Sent Events. The provider key stays on the server. */
export const POST = createRoute({ name: "POST /api/chat/stream" }, async ({ access, request }) => {
  const parsed = streamRequestSchema.safeParse(await readJsonBody(request));
  if (!parsed.success)
    throw new AppError("invalid_input", "bad chat request", { fields: fieldErrorsFrom(parsed.error) });
  const body = await answerStream({ workspaceId: access.workspace.id, request: parsed.data, signal: request.signal });
  return new Response(body, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform" },
  });
});
