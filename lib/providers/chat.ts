/** Chat completions for the chat tester: one streamed answer as plain parts, and the models a connection offers. */
import "server-only";
import { type ConnectionCredentials, createProviderClient } from "./client";
import { isSafeModelId } from "./model-id";

export type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export type ChatRequest = {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  top_p?: number;
  max_completion_tokens?: number;
  seed?: number;
};

type ChatStreamPart =
  | { type: "delta"; text: string }
  | { type: "finish"; reason: string }
  | { type: "usage"; inputTokens: number; cachedInputTokens: number; outputTokens: number };

/** Streams one answer; aborting `signal` (the browser went away, or pressed stop) ends the provider call. */
export async function* streamChat(
  connection: ConnectionCredentials,
  request: ChatRequest,
  signal: AbortSignal,
): AsyncGenerator<ChatStreamPart> {
  if (!isSafeModelId(request.model)) throw new TypeError(`Not a model id: ${JSON.stringify(request.model)}`);
  // No retries: a person waits on this answer and can regenerate; a retried 429 would only hide the limit.
  const client = createProviderClient(connection, { maxRetries: 0 });
  const stream = await client.chat.completions.create(
    { ...request, stream: true, stream_options: { include_usage: true } },
    { signal },
  );
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    if (choice?.delta.content) yield { type: "delta", text: choice.delta.content };
    if (choice?.finish_reason) yield { type: "finish", reason: choice.finish_reason };
    if (chunk.usage) {
      yield {
        type: "usage",
        inputTokens: chunk.usage.prompt_tokens,
        cachedInputTokens: chunk.usage.prompt_tokens_details?.cached_tokens ?? 0,
        outputTokens: chunk.usage.completion_tokens,
      };
    }
  }
}

/** Every model id the connection lists (base and fine-tuned alike). */
export async function listModelIds(connection: ConnectionCredentials): Promise<string[]> {
  const client = createProviderClient(connection, { maxRetries: 0, timeoutMs: 10_000 });
  const ids: string[] = [];
  for await (const model of client.models.list()) ids.push(model.id);
  return ids;
}
