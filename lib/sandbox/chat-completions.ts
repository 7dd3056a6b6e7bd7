/** `POST /chat/completions` of the Sandbox: fine-tuned models answer from their training data. */
import "server-only";
import { sandboxHoldsStreams } from "@/lib/connections/queries";
import { logger } from "@/lib/logger";
import { buildExampleIndex, type ExampleIndex } from "@/lib/text-similarity/similarity";
import { chatCompletion, chatCompletionChunks, promptTokensOf } from "./chat/completion";
import { examplesFromStream } from "./chat/examples";
import { composeReply } from "./chat/reply";
import { realisticPace, sseStream } from "./chat/sse";
import { truncateToTokens } from "./chat/stream-pieces";
import { invalidRequest } from "./errors";
import type { SandboxConnection } from "./http";
import { newId, unixSeconds } from "./ids";
import type { JobRow } from "./jobs/store";
import { findUsableModel } from "./model-catalog";
import { blobStore } from "./storage";

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

/** `max_completion_tokens`, or the deprecated `max_tokens`, or null for no limit. */
function readMaxTokens(body: Record<string, unknown>): number | null {
  const param = body.max_completion_tokens !== undefined ? "max_completion_tokens" : "max_tokens";
  const value = body[param];
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw invalidRequest(`Invalid '${param}': expected an integer of at least 1.`, param, "invalid_value");
  }
  return value;
}

// Building an index takes up to a second for a large file: keep the recent ones (a model's data never changes).
const indexes = new Map<string, Promise<ExampleIndex>>();
const MAX_CACHED_INDEXES = 20;

function indexFor(job: JobRow): Promise<ExampleIndex> {
  let index = indexes.get(job.id);
  if (!index) {
    index = examplesFromStream(blobStore(job.connectionId).textChunks("training", job.id)).then(buildExampleIndex);
    indexes.set(job.id, index);
    if (indexes.size > MAX_CACHED_INDEXES) indexes.delete(indexes.keys().next().value as string);
    // A failure is not kept: the next request tries again.
    index.catch((error) => {
      indexes.delete(job.id);
      logger.warn(`The training data of ${job.id} could not be read`, error);
    });
  }
  return index;
}

const HOLD_CHECK_MS = 100;

/** Resolves once the connection no longer holds streams (a test control: `sandboxHoldStreams`) or `stopped` aborts. */
async function untilStreamsReleased(connectionId: string, stopped: AbortSignal): Promise<void> {
  while (!stopped.aborted && (await sandboxHoldsStreams(connectionId))) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, HOLD_CHECK_MS);
      stopped.addEventListener("abort", done, { once: true });
      function done() {
        clearTimeout(timer);
        stopped.removeEventListener("abort", done);
        resolve();
      }
    });
  }
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
  const limit = readMaxTokens(body);
  const cut = limit === null ? { text: content, truncated: false } : truncateToTokens(content, limit);
  const answer = {
    id: newId("chatcmpl-"),
    created: unixSeconds(),
    model: model.id,
    content: cut.text,
    promptTokens: promptTokensOf(messages),
    finishReason: cut.truncated ? ("length" as const) : ("stop" as const),
  };
  if (body.stream !== true) return chatCompletion(answer);
  const includeUsage = (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
  const stream = sseStream(chatCompletionChunks({ ...answer, includeUsage }), {
    delayMs: realisticPace(answer.created),
    signal,
    hold: connection.holdStreams ? (stopped) => untilStreamsReleased(connection.id, stopped) : undefined,
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
  });
}
