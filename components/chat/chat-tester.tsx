"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useReducer, useRef, useState } from "react";
import { saveConversationAction } from "@/app/(app)/chat/actions";
import { chatModelsQueryOptions } from "@/lib/chat/client";
import type { HeldOutExample } from "@/lib/chat/held-out";
import type { ChatPageData } from "@/lib/chat/page-data";
import { chatReducer, requestMessages } from "@/lib/chat/reducer";
import { type ChatState, effectiveParams } from "@/lib/chat/state";
import { ChatColumnView } from "./chat-column";
import { ChatToolbar } from "./chat-toolbar";
import { Composer } from "./composer";
import { ConversationBar } from "./conversation-bar";
import { ExpectedAnswer } from "./expected-answer";
import { HeldOutPicker } from "./held-out-picker";
import { useAnswerStreams } from "./use-answer-streams";

export type HeldOutStart = { versionId: string; versionLabel: string; heldOut: boolean; examples: HeldOutExample[] };

type ChatTesterProps = {
  initialState: ChatState;
  conversation: { id: string; title: string } | null;
  data: ChatPageData;
  start?: HeldOutStart;
};

const titleOf = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, 80);

/** The chat tester: 1 to 4 model columns, one conversation, answers streamed side by side and saved as they settle. */
export function ChatTester({ initialState, conversation, data, start }: ChatTesterProps) {
  const t = useTranslations("chat");
  const [state, dispatch] = useReducer(chatReducer, initialState);
  const [saved, setSaved] = useState({ id: conversation?.id ?? null, title: conversation?.title ?? null });
  const [saveFailed, setSaveFailed] = useState(false);
  const [draft, setDraft] = useState("");
  const streams = useAnswerStreams(dispatch);
  const models = useQuery(chatModelsQueryOptions());
  const lastSaved = useRef(conversation ? JSON.stringify(initialState) : null);

  const hasTurns = state.columns.some((column) => column.turns.length > 0);
  const busy = streams.streaming.size > 0;

  // Syncs the conversation to the server once every answer of a round has settled (and after ratings).
  useEffect(() => {
    if (busy || !hasTurns) return;
    const text = JSON.stringify(state);
    if (text === lastSaved.current) return;
    const timer = setTimeout(async () => {
      const firstQuestion = state.columns.flatMap((column) => column.turns).find((turn) => turn.role === "user");
      const title = saved.title ?? titleOf(firstQuestion?.content ?? "") ?? t("untitled");
      const result = await saveConversationAction({ conversationId: saved.id, title: title || t("untitled"), state });
      if (!result?.ok) return setSaveFailed(true);
      lastSaved.current = text;
      setSaveFailed(false);
      if (result.data.id !== saved.id) {
        setSaved({ id: result.data.id, title });
        // The address becomes the conversation's link, to share inside the workspace; the page stays as it is.
        window.history.replaceState(null, "", `/chat/${result.data.id}`);
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [state, busy, hasTurns, saved, t]);

  function ask(text: string, columnIds: string[]) {
    const targets = state.columns.filter((column) => columnIds.includes(column.id) && column.model);
    if (!targets.length || !text.trim()) return;
    dispatch({ type: "ask", columnIds: targets.map((column) => column.id), text });
    for (const column of targets) {
      if (!column.model) continue;
      streams.start({
        columnId: column.id,
        model: column.model,
        params: effectiveParams(state, column),
        messages: [...requestMessages(column.turns), { role: "user", content: text }],
      });
    }
  }

  function regenerate(columnId: string) {
    const column = state.columns.find((candidate) => candidate.id === columnId);
    if (!column?.model) return;
    const turns = column.turns.at(-1)?.role === "assistant" ? column.turns.slice(0, -1) : column.turns;
    if (turns.at(-1)?.role !== "user") return;
    dispatch({ type: "regenerate", columnId });
    streams.start({
      columnId,
      model: column.model,
      params: effectiveParams(state, column),
      messages: requestMessages(turns),
    });
  }

  const anyModel = state.columns.some((column) => column.model);
  return (
    <div className="flex flex-col gap-4">
      <ConversationBar
        conversation={saved.id ? { id: saved.id, title: saved.title ?? t("untitled") } : null}
        saveFailed={saveFailed}
        onRenamed={(title) => setSaved((current) => ({ ...current, title }))}
      />
      {start && (
        <HeldOutPicker
          start={start}
          onPick={(example) => {
            dispatch({ type: "useExample", example, versionId: start.versionId });
            setDraft(example.question);
          }}
        />
      )}
      {state.expected && <ExpectedAnswer expected={state.expected} />}
      <ChatToolbar state={state} dispatch={dispatch} />
      <div
        className="grid gap-3"
        style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, 18rem), 1fr))` }}
        data-testid="chat-columns"
      >
        {state.columns.map((column, index) => (
          <ChatColumnView
            key={column.id}
            index={index}
            column={column}
            state={state}
            dispatch={dispatch}
            models={models}
            codeTarget={column.model ? data.codeTargets[column.model.connectionId] : undefined}
            datasets={data.datasets}
            streaming={streams.streaming.has(column.id)}
            onStop={() => streams.stop(column.id)}
            onRegenerate={() => regenerate(column.id)}
            onAsk={(text) => ask(text, [column.id])}
          />
        ))}
      </div>
      {state.sync && (
        <Composer
          value={draft}
          onChange={setDraft}
          label={t("composer.label")}
          disabled={!anyModel}
          busy={busy}
          hint={anyModel ? undefined : t("composer.pickModel")}
          onSend={(text) => {
            ask(
              text,
              state.columns.map((column) => column.id),
            );
            setDraft("");
          }}
        />
      )}
    </div>
  );
}
