/** `POST /chat/completions` of the Sandbox: fine-tuned models answer from their training data. */
import "server-only";
import { logger } from "@/lib/logger";
import { chatCompletion, chatCompletionChunks, promptTokensOf } from "./chat/completion";
import { examplesFromJsonl } from "./chat/examples";
import { composeReply } from "./chat/reply";
import { buildExampleIndex, type ExampleIndex } from "./chat/similarity";
import { realisticPace, sseStream } from "./chat/sse";
import { invalidRequest } from "./errors";
import type { SandboxConnection } from "./http";
import { newId, unixSeconds } from "./ids";
import type { JobRow } from "./jobs/store";
import { findUsableModel } from "./model-catalog";
import { readBlobText } from "./storage";

type Message = { role: string; content: unknown };
const ROLES = new Set(["system", "developer", "user", "assistant", "tool", "function"]);

function readMessages(value: unknown): Message[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalidRequest("'messages' must be a non-empty array.", "messages");
  value.forEach((message, i) => {
    if (!message || typeof message !== "object" || !ROLES.has((message as Message).role)) {
      throw invalidRequest(
        `Invalid value for 'messages[${i}].role': expected one of ${[...ROLES].join(", ")}.`,
        `messages[${i}].role`,
      );
    }
  });
  return value as Message[];
}

// Building an index takes up to a second for a large file: keep the recent ones (a model's data never changes).
const indexes = new Map<string, Promise<ExampleIndex>>();
const MAX_CACHED_INDEXES = 20;

function indexFor(job: JobRow): Promise<ExampleIndex> {
  let index = indexes.get(job.id);
  if (!index) {
    index = readBlobText(job.id, "training")
      .catch((error) => {
        logger.warn(`The training data of ${job.id} is missing; its model answers like an untrained one`, error);
        return "";
      })
      .then((text) => buildExampleIndex(examplesFromJsonl(text)));
    indexes.set(job.id, index);
    if (indexes.size > MAX_CACHED_INDEXES) indexes.delete(indexes.keys().next().value as string);
  }
  return index;
}

export async function createChatCompletion(
  connection: SandboxConnection,
  body: Record<string, unknown>,
  signal: AbortSignal,
) {
  if (typeof body.model !== "string" || !body.model)
    throw invalidRequest("Missing required parameter: 'model'.", "model");
  const messages = readMessages(body.messages);
  const model = await findUsableModel(connection, body.model);
  const { content } = composeReply({
    messages,
    model:
      model.kind === "base"
        ? { kind: "base", id: model.id }
        : { kind: "fine-tuned", index: await indexFor(model.job), stage: model.stage, seed: model.job.seed },
  });
  const answer = {
    id: newId("chatcmpl-"),
    created: unixSeconds(),
    model: model.id,
    content,
    promptTokens: promptTokensOf(messages),
  };
  if (body.stream !== true) return chatCompletion(answer);
  const includeUsage = (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
  const stream = sseStream(chatCompletionChunks({ ...answer, includeUsage }), {
    delayMs: realisticPace(answer.created),
    signal,
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
  });
}
