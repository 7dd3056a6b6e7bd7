/**
 * One streamed answer relayed to the browser as Server-Sent Events. Time to first token and total time are
 * measured here, on the server, from the provider call's start: what the model costs in time, not the network.
 */
import "server-only";
import { z } from "zod";
import { getConnectionOrThrow } from "@/lib/connections/queries";
import { reportUnknownError } from "@/lib/error-body";
import type { ErrorBody } from "@/lib/errors";
import { inferencePrices } from "@/lib/models/prices";
import { listPrices } from "@/lib/pricing/queries";
import { type ChatRequest, streamChat } from "@/lib/providers/chat";
import { providerAppError, providerProblem } from "@/lib/providers/errors";
import { modelIdSchema } from "@/lib/providers/model-id";
import { answerCost } from "./cost";
import { chatParamsSchema } from "./schema";
import type { AnswerMetrics } from "./state";

export const streamRequestSchema = z.object({
  connectionId: z.string().min(1),
  model: modelIdSchema,
  params: chatParamsSchema,
  messages: z
    .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(100_000) }))
    .min(1)
    .max(500),
});
type StreamRequest = z.infer<typeof streamRequestSchema>;

/** What the browser reads, one JSON object per SSE `data:` line. */
export type StreamEvent =
  | { type: "delta"; text: string }
  | { type: "done"; metrics: AnswerMetrics; finishReason: string | null }
  | { type: "error"; error: ErrorBody };

function providerRequest({ model, params, messages }: StreamRequest): ChatRequest {
  const system = params.systemPrompt.trim() ? [{ role: "system" as const, content: params.systemPrompt }] : [];
  return {
    model,
    messages: [...system, ...messages],
    ...(params.temperature !== null && { temperature: params.temperature }),
    ...(params.topP !== null && { top_p: params.topP }),
    ...(params.maxTokens !== null && { max_completion_tokens: params.maxTokens }),
    ...(params.seed !== null && { seed: params.seed }),
  };
}

async function costOf(workspaceId: string, model: string, usage: Parameters<typeof answerCost>[0] | null) {
  if (!usage) return null;
  const fineTuned = Object.fromEntries((await listPrices(workspaceId)).map((price) => [price.model, price]));
  const prices = inferencePrices(model, fineTuned);
  return prices ? answerCost(usage, prices) : null;
}

const encoder = new TextEncoder();
const sse = (event: StreamEvent) => encoder.encode(`data: ${JSON.stringify(event)}\n\n`);

/** Checks the connection belongs to the workspace before anything streams, so a stranger's id is a plain 404. */
export async function answerStream(options: {
  workspaceId: string;
  request: StreamRequest;
  signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
  const { workspaceId, request, signal } = options;
  const connection = await getConnectionOrThrow({ connectionId: request.connectionId, workspaceId });
  // Stop ends the fetch in the browser: the request's signal or the stream's cancel, whichever Next reports first.
  const stop = new AbortController();
  const abort = () => stop.abort();
  signal.addEventListener("abort", abort, { once: true });
  return new ReadableStream({
    cancel: abort,
    async start(controller) {
      const started = performance.now();
      let ttftMs: number | null = null;
      let usage: Parameters<typeof answerCost>[0] | null = null;
      let finishReason: string | null = null;
      try {
        for await (const part of streamChat(connection, providerRequest(request), stop.signal)) {
          if (part.type === "delta") {
            ttftMs ??= performance.now() - started;
            controller.enqueue(sse(part));
          } else if (part.type === "finish") finishReason = part.reason;
          else usage = part;
        }
        const totalMs = performance.now() - started;
        const cost = await costOf(workspaceId, request.model, usage);
        const metrics = {
          inputTokens: usage?.inputTokens ?? null,
          outputTokens: usage?.outputTokens ?? null,
          ttftMs,
          totalMs,
          cost,
        };
        controller.enqueue(sse({ type: "done", metrics, finishReason }));
      } catch (error) {
        // Nobody reads a stopped answer any more: there is nothing to tell.
        if (stop.signal.aborted) return;
        const problem = providerProblem(error);
        const body =
          problem.reason === "unexpected"
            ? reportUnknownError("chat stream", error)
            : providerAppError(error, "chat stream", { problem }).toBody();
        controller.enqueue(sse({ type: "error", error: body }));
      } finally {
        signal.removeEventListener("abort", abort);
      }
      controller.close();
    },
  });
}
