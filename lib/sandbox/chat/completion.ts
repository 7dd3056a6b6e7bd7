/** The Sandbox's chat answers as OpenAI's objects: `chat.completion`, and `chat.completion.chunk`s to stream. */
import { countChatTokens } from "@/lib/training-data/tokens";
import { streamPieces } from "./stream-pieces";

type FinishReason = "stop" | "length";
type Answer = {
  id: string;
  created: number;
  model: string;
  content: string;
  promptTokens: number;
  /** "length" when the answer was cut at max_completion_tokens. */
  finishReason?: FinishReason;
};

const systemFingerprint = "fp_sandbox";

/** Prompt tokens the way OpenAI's cookbook counts a conversation (3 per message, 3 to prime the reply). */
export function promptTokensOf(messages: ReadonlyArray<Record<string, unknown>>): number {
  return countChatTokens(messages);
}

function usageOf(promptTokens: number, completionTokens: number) {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

type ChatCompletionUsage = ReturnType<typeof usageOf>;

export function chatCompletion({ id, created, model, content, promptTokens, finishReason = "stop" }: Answer) {
  return {
    id,
    object: "chat.completion" as const,
    created,
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant" as const, content, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: usageOf(promptTokens, streamPieces(content).tokens),
    service_tier: "default" as const,
    system_fingerprint: systemFingerprint,
  };
}

type Delta = { role?: "assistant"; content?: string; refusal?: null };

export type ChatCompletionChunk = {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  service_tier: "default";
  system_fingerprint: string;
  choices: Array<{ index: 0; delta: Delta; logprobs: null; finish_reason: FinishReason | null }>;
  usage?: ChatCompletionUsage | null;
};

/**
 * The chunks OpenAI streams for an answer: the assistant role, one chunk per token (see stream-pieces.ts),
 * an empty delta with the finish reason, and, with `include_usage`, `usage: null` on all of those plus a
 * last chunk without choices that carries the usage.
 */
export function chatCompletionChunks({
  id,
  created,
  model,
  content,
  promptTokens,
  finishReason = "stop",
  includeUsage,
}: Answer & { includeUsage: boolean }): ChatCompletionChunk[] {
  const chunk = (choices: ChatCompletionChunk["choices"]): ChatCompletionChunk => ({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    service_tier: "default",
    system_fingerprint: systemFingerprint,
    choices,
    ...(includeUsage && { usage: null }),
  });
  const choice = (delta: Delta, finish_reason: FinishReason | null = null) =>
    chunk([{ index: 0, delta, logprobs: null, finish_reason }]);
  const { pieces, tokens } = streamPieces(content);
  return [
    choice({ role: "assistant", content: "", refusal: null }),
    ...pieces.map((piece) => choice({ content: piece })),
    choice({}, finishReason),
    ...(includeUsage ? [{ ...chunk([]), usage: usageOf(promptTokens, tokens) }] : []),
  ];
}
