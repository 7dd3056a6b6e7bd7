/** Chat completions for the REST API, through the chat tester's stream (streamed) or its provider call (whole). */
import "server-only";
import type { z } from "zod";
import { answerStream } from "@/lib/chat/stream";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { AppError } from "@/lib/errors";
import { type ChatRequest, streamChat } from "@/lib/providers/chat";
import { providerAppError } from "@/lib/providers/errors";
import type { chatCompletionBodySchema } from "./schema";

type Body = z.output<typeof chatCompletionBodySchema>;
type Options = { workspaceId: string; body: Body; signal: AbortSignal };

function providerRequest(body: Body): ChatRequest {
  return {
    model: body.model,
    messages: body.messages,
    ...(body.temperature !== null && { temperature: body.temperature }),
    ...(body.top_p !== null && { top_p: body.top_p }),
    ...(body.max_tokens !== null && { max_completion_tokens: body.max_tokens }),
    ...(body.seed !== null && { seed: body.seed }),
  };
}

/** The whole answer in the shape of OpenAI's chat completion, so OpenAI-style client code reads it unchanged. */
export async function completeChat({ workspaceId, body, signal }: Options) {
  const connection = await getConnectionOrThrow({ workspaceId, connectionId: body.connectionId });
  let content = "";
  let finishReason: string | null = null;
  let usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  try {
    for await (const part of streamChat(connection, providerRequest(body), signal)) {
      if (part.type === "delta") content += part.text;
      else if (part.type === "finish") finishReason = part.reason;
      else {
        const { inputTokens, outputTokens } = part;
        usage = {
          prompt_tokens: inputTokens,
          completion_tokens: outputTokens,
          total_tokens: inputTokens + outputTokens,
        };
      }
    }
  } catch (cause) {
    throw providerAppError(cause, "The provider did not answer");
  }
  return {
    object: "chat.completion",
    model: body.model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: finishReason }],
    usage,
  };
}

/** Server-Sent Events exactly as the chat tester reads them: `delta` parts, then `done` or `error`. */
export function streamCompletion({ workspaceId, body, signal }: Options) {
  const systemPrompt = body.messages
    .filter((message) => message.role === "system")
    .map((message) => message.content)
    .join("\n\n");
  const messages = body.messages.flatMap(({ role, content }) => (role === "system" ? [] : [{ role, content }]));
  if (!messages.length) {
    throw new AppError("invalid_input", "A user message is needed", { fields: { messages: { code: "required" } } });
  }
  const params = {
    systemPrompt,
    temperature: body.temperature,
    topP: body.top_p,
    maxTokens: body.max_tokens,
    seed: body.seed,
  };
  return answerStream({
    workspaceId,
    request: { connectionId: body.connectionId, model: body.model, params, messages },
    signal,
  });
}
