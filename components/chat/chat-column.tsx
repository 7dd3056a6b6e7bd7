"use client";
import type { UseQueryResult } from "@tanstack/react-query";
import { Code, RotateCcw, Settings2, Square, X } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { type Dispatch, useState } from "react";
import { Button } from "@/components/ui/button";
import { LoadingOverlay } from "@/components/ui/loading";
import type { CodeTarget } from "@/lib/chat/code";
import type { ModelGroup } from "@/lib/chat/model-options";
import { type ChatAction, requestMessages } from "@/lib/chat/reducer";
import { type ChatColumn, type ChatState, effectiveParams } from "@/lib/chat/state";
import { AnswerView } from "./answer-view";
import { Composer } from "./composer";
import { ModelPicker } from "./model-picker";

// Dialogs opened rarely: loaded when they are.
const ViewCodeDialog = dynamic(() => import("./view-code-dialog").then((module) => module.ViewCodeDialog), {
  loading: LoadingOverlay,
});
const ParamsDialog = dynamic(() => import("./params-dialog").then((module) => module.ParamsDialog), {
  loading: LoadingOverlay,
});

type ChatColumnProps = {
  index: number;
  column: ChatColumn;
  state: ChatState;
  dispatch: Dispatch<ChatAction>;
  models: UseQueryResult<{ groups: ModelGroup[] }>;
  codeTarget: CodeTarget | undefined;
  datasets: { id: string; name: string }[];
  streaming: boolean;
  onStop: () => void;
  onRegenerate: () => void;
  onAsk: (text: string) => void;
};

/** One model's side of the conversation: its model and settings on top, its turns, stop and regenerate. */
export function ChatColumnView(props: ChatColumnProps) {
  const { index, column, state, dispatch, streaming } = props;
  const t = useTranslations("chat.column");
  const [dialog, setDialog] = useState<"params" | "code" | null>(null);
  const [draft, setDraft] = useState("");
  const params = effectiveParams(state, column);
  const paramsShared = state.sharedParams && index > 0;
  const name = t("name", { number: index + 1 });
  const last = column.turns.at(-1);
  const canRegenerate = !streaming && column.model && last?.role === "assistant";

  return (
    <section
      aria-label={name}
      data-testid={`chat-column-${index + 1}`}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-surface p-3 shadow-sm"
    >
      <header className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-2">
          <h2 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{name}</h2>
          <div className="flex items-center gap-1">
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setDialog("params")}
              aria-label={t("settingsOf", { name })}
            >
              <Settings2 aria-hidden className="size-4" />
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setDialog("code")}
              disabled={!column.model}
              aria-label={t("codeOf", { name })}
            >
              <Code aria-hidden className="size-4" />
            </Button>
            {state.columns.length > 1 && (
              <Button
                variant="ghost"
                size="sm"
                onClick={() => dispatch({ type: "removeColumn", columnId: column.id })}
                disabled={streaming}
                aria-label={t("removeOf", { name })}
              >
                <X aria-hidden className="size-4" />
              </Button>
            )}
          </div>
        </div>
        <ModelPicker
          value={column.model}
          query={props.models}
          onChange={(model) => dispatch({ type: "setModel", columnId: column.id, model })}
          columnName={name}
        />
        {params.systemPrompt.trim() && (
          <p className="line-clamp-2 text-xs text-fg-muted" title={params.systemPrompt}>
            {t("systemPrompt", { prompt: params.systemPrompt })}
          </p>
        )}
      </header>

      <ol className="flex flex-col gap-3" aria-live="polite" aria-busy={streaming}>
        {column.turns.map((turn, turnIndex) => (
          // Turns only grow or are replaced at the end: their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={turnIndex}>
            {turn.role === "user" ? (
              <div className="ml-6 rounded-lg bg-muted px-3 py-2 text-sm whitespace-pre-wrap">{turn.content}</div>
            ) : (
              <AnswerView
                turn={turn}
                streaming={streaming && turnIndex === column.turns.length - 1}
                onRate={(rating) => dispatch({ type: "rate", columnId: column.id, turnIndex, rating })}
                addToDataset={{
                  datasets: props.datasets,
                  turns: column.turns,
                  turnIndex,
                  systemPrompt: params.systemPrompt,
                }}
              />
            )}
          </li>
        ))}
      </ol>
      {!column.turns.length && <p className="text-sm text-fg-muted">{column.model ? t("empty") : t("pickModel")}</p>}

      <div className="mt-auto flex flex-wrap gap-2">
        {streaming && (
          <Button variant="secondary" size="sm" onClick={props.onStop}>
            <Square aria-hidden className="size-3.5" />
            {t("stop")}
          </Button>
        )}
        {canRegenerate && (
          <Button variant="secondary" size="sm" onClick={props.onRegenerate}>
            <RotateCcw aria-hidden className="size-3.5" />
            {t("regenerate")}
          </Button>
        )}
      </div>
      {!state.sync && (
        <Composer
          compact
          value={draft}
          onChange={setDraft}
          label={t("askOnly", { name })}
          disabled={!column.model}
          busy={streaming}
          onSend={(text) => {
            props.onAsk(text);
            setDraft("");
          }}
        />
      )}

      {dialog === "params" && (
        <ParamsDialog
          title={t("settingsOf", { name })}
          params={params}
          shared={paramsShared}
          onClose={() => setDialog(null)}
          onSave={(next) => {
            const target = paramsShared ? state.columns[0]?.id : column.id;
            if (target) dispatch({ type: "setParams", columnId: target, params: next });
            setDialog(null);
          }}
        />
      )}
      {dialog === "code" && column.model && props.codeTarget && (
        <ViewCodeDialog
          title={t("codeOf", { name })}
          target={props.codeTarget}
          model={column.model.model}
          params={params}
          messages={requestMessages(column.turns)}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
