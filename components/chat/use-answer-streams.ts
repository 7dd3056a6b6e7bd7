"use client";
import { createParser } from "eventsource-parser";
import { type Dispatch, useRef, useState } from "react";
import { CHAT_STREAM_URL } from "@/lib/chat/client";
import type { ChatAction } from "@/lib/chat/reducer";
import type { ChatParams, ModelRef } from "@/lib/chat/state";
import type { StreamEvent } from "@/lib/chat/stream";
import type { ErrorBody } from "@/lib/errors";

type AnswerRequest = {
  columnId: string;
  model: ModelRef;
  params: ChatParams;
  messages: { role: "user" | "assistant"; content: string }[];
};

const HTTP_REASONS: Record<number, string> = { 401: "session", 404: "not_found", 400: "bad_request" };

/** What the conversation keeps of a failed answer: the provider's failure, or the reference of an unknown error. */
function answerFailure(error: ErrorBody): { reason: string; ref?: string } {
  if (error.reason?.code === "provider") return { reason: error.reason.provider.reason };
  return { reason: "unexpected", ref: error.ref };
}

/** Streams answers from the chat stream route into the reducer, one fetch per column, each stoppable on its own. */
export function useAnswerStreams(dispatch: Dispatch<ChatAction>) {
  const controllers = useRef(new Map<string, AbortController>());
  const [streaming, setStreaming] = useState<ReadonlySet<string>>(new Set());

  function finish(columnId: string) {
    controllers.current.delete(columnId);
    setStreaming(new Set(controllers.current.keys()));
  }

  async function run({ columnId, model, params, messages }: AnswerRequest, signal: AbortSignal) {
    const response = await fetch(CHAT_STREAM_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ connectionId: model.connectionId, model: model.model, params, messages }),
      signal,
    });
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => null)) as { error?: ErrorBody } | null;
      dispatch({
        type: "fail",
        columnId,
        reason: HTTP_REASONS[response.status] ?? "unexpected",
        ref: body?.error?.ref,
      });
      return;
    }
    const parser = createParser({
      onEvent(message) {
        const event = JSON.parse(message.data) as StreamEvent;
        if (event.type === "delta") dispatch({ type: "delta", columnId, text: event.text });
        else if (event.type === "done") dispatch({ type: "done", columnId, metrics: event.metrics });
        else dispatch({ type: "fail", columnId, ...answerFailure(event.error) });
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(value);
    }
  }

  function start(request: AnswerRequest) {
    controllers.current.get(request.columnId)?.abort();
    const controller = new AbortController();
    controllers.current.set(request.columnId, controller);
    setStreaming(new Set(controllers.current.keys()));
    run(request, controller.signal)
      .catch(() => {
        if (!controller.signal.aborted) dispatch({ type: "fail", columnId: request.columnId, reason: "unreachable" });
      })
      .finally(() => {
        if (controllers.current.get(request.columnId) === controller) finish(request.columnId);
      });
  }

  function stop(columnId: string) {
    const controller = controllers.current.get(columnId);
    if (!controller) return;
    controller.abort();
    dispatch({ type: "stop", columnId });
    finish(columnId);
  }

  return { streaming, start, stop };
}
