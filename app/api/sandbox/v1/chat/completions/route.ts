import { createChatCompletion } from "@/lib/sandbox/chat-completions";
import { readJson, sandboxRoute } from "@/lib/sandbox/http";

export const POST = sandboxRoute(async ({ connection, request }) =>
  createChatCompletion(connection, await readJson(request), request.signal),
);
