"use client";
import { DatabaseZap, ThumbsDown, ThumbsUp } from "lucide-react";
import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/errors/use-error-text";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { LoadingOverlay } from "@/components/ui/loading";
import type { AnswerMetrics, AssistantTurn, ChatTurn, Rating } from "@/lib/chat/state";
import type { ErrorBody } from "@/lib/errors";
import { isProviderFailure, type ProviderProblem } from "@/lib/providers/failures";
import { Markdown } from "./markdown";

// Opened rarely: loaded when it is.
const AddToDatasetDialog = dynamic(
  () => import("./add-to-dataset-dialog").then((module) => module.AddToDatasetDialog),
  { loading: LoadingOverlay },
);

type AnswerViewProps = {
  turn: AssistantTurn;
  streaming: boolean;
  onRate: (rating: Rating | null) => void;
  addToDataset: {
    datasets: { id: string; name: string }[];
    turns: ChatTurn[];
    turnIndex: number;
    systemPrompt: string;
  };
};

function Metrics({ metrics }: { metrics: AnswerMetrics }) {
  const t = useTranslations("chat.metrics");
  const format = useFormatter();
  const seconds = (ms: number) => format.number(ms / 1000, { maximumFractionDigits: ms < 10_000 ? 2 : 1 });
  const parts = [
    metrics.inputTokens !== null && t("input", { count: metrics.inputTokens }),
    metrics.outputTokens !== null && t("output", { count: metrics.outputTokens }),
    metrics.ttftMs !== null && t("ttft", { ms: Math.round(metrics.ttftMs) }),
    t("total", { seconds: seconds(metrics.totalMs) }),
    metrics.cost === null
      ? t("noPrice")
      : t("cost", {
          cost: format.number(metrics.cost, { style: "currency", currency: "USD", maximumSignificantDigits: 2 }),
        }),
  ].filter(Boolean);
  return (
    <p className="text-xs text-fg-muted" data-testid="answer-metrics">
      {parts.join(" · ")}
    </p>
  );
}

/** A failed answer's stored reason as an error to word: a provider failure, an ended session, or an unknown error. */
function turnError(turn: AssistantTurn): ErrorBody | ProviderProblem {
  if (turn.error === "session") return { code: "unauthorized" };
  if (turn.errorRef) return { code: "internal", ref: turn.errorRef };
  return { reason: turn.error && isProviderFailure(turn.error) ? turn.error : "unexpected" };
}

/** One answer: Markdown, its figures, a better/worse rating, and "add to dataset". */
export function AnswerView({ turn, streaming, onRate, addToDataset }: AnswerViewProps) {
  const t = useTranslations("chat.answer");
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const cannotAdd = useDenied("datasets.edit");
  const settled = !streaming && !turn.error && turn.content.length > 0;

  return (
    <article className="flex flex-col gap-1.5" data-testid="answer">
      {turn.content ? (
        <Markdown text={turn.content} />
      ) : (
        streaming && (
          <p role="status" className="flex items-center gap-2 text-sm text-fg-muted">
            <span aria-hidden className="size-3 animate-pulse rounded-full bg-current" />
            {t("waiting")}
          </p>
        )
      )}
      {turn.error && <Alert>{errorText(turnError(turn), { in: "chat" })}</Alert>}
      {turn.stopped && <p className="text-xs text-fg-muted">{t("stopped")}</p>}
      {turn.metrics && <Metrics metrics={turn.metrics} />}
      {settled && (
        <div className="flex flex-wrap items-center gap-x-0.5">
          {(["better", "worse"] as const).map((rating) => {
            const Icon = rating === "better" ? ThumbsUp : ThumbsDown;
            const pressed = turn.rating === rating;
            return (
              <Button
                key={rating}
                variant="ghost"
                size="sm"
                aria-pressed={pressed}
                onClick={() => onRate(pressed ? null : rating)}
                className={cn(
                  "px-2",
                  pressed && (rating === "better" ? "bg-success-bg text-success" : "bg-danger-bg text-danger"),
                )}
              >
                <Icon aria-hidden className="size-3.5" />
                {t(rating)}
              </Button>
            );
          })}
          <DeniedHint reason={cannotAdd}>
            <Button
              variant="ghost"
              size="sm"
              className="px-2"
              disabled={Boolean(cannotAdd)}
              onClick={() => setAdding(true)}
            >
              <DatabaseZap aria-hidden className="size-3.5" />
              {t("addToDataset")}
            </Button>
          </DeniedHint>
        </div>
      )}
      {adding && <AddToDatasetDialog {...addToDataset} answer={turn.content} onClose={() => setAdding(false)} />}
    </article>
  );
}
