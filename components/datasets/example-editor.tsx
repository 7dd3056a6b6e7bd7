"use client";
import { useQueryClient } from "@tanstack/react-query";
import { EyeOff, Plus, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { saveExampleAction } from "@/app/(app)/datasets/actions";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { datasetKeys } from "@/lib/datasets/client";
import type { getExampleOrThrow } from "@/lib/datasets/queries";
import { IssueList } from "./issue-list";
import { type EditableMessage, MessageRow } from "./message-row";

type Example = Awaited<ReturnType<typeof getExampleOrThrow>>;
type Status = "saved" | "unsaved" | "saving" | "conflict" | "failed";
type ExampleData = { messages?: EditableMessage[]; [key: string]: unknown };

const AUTOSAVE_MS = 700;

/**
 * One example as a form (a row per message) or as raw JSON; changes save themselves shortly after typing.
 * For a role that may not change datasets it only shows the example, with the reason on the disabled controls.
 */
export function ExampleEditor({
  datasetId,
  example,
  kind,
}: {
  datasetId: string;
  example: Example;
  kind: "chat" | "dpo";
}) {
  const t = useTranslations("datasets.editor");
  const queryClient = useQueryClient();
  const denied = useDenied("datasets.edit");
  const [data, setData] = useState<ExampleData>(example.data as ExampleData);
  const [previous, setPrevious] = useState<ExampleData | null>(null);
  const [view, setView] = useState<"form" | "json">(kind === "chat" ? "form" : "json");
  const [json, setJson] = useState(() => JSON.stringify(example.data, null, 2));
  const [jsonError, setJsonError] = useState(false);
  const [status, setStatus] = useState<Status>("saved");
  const [issues, setIssues] = useState(example.issues);
  const revision = useRef(example.revision);

  function change(next: ExampleData) {
    setPrevious(data);
    setData(next);
    setJson(JSON.stringify(next, null, 2));
    setStatus("unsaved");
  }

  // Loaded on first use: finding names of people takes a language library the page need not load up front.
  async function mask() {
    const { maskExample } = await import("@/lib/datasets/sensitive-data");
    change(maskExample(data));
  }

  // Syncs with a timer: saves once typing has paused.
  useEffect(() => {
    if (status !== "unsaved") return;
    const timer = setTimeout(async () => {
      setStatus("saving");
      const result = await saveExampleAction({
        datasetId,
        exampleId: example.id,
        data,
        expectedRevision: revision.current,
      });
      if (result?.ok) {
        revision.current = result.data.revision;
        setIssues(result.data.issues);
        setStatus((current) => (current === "saving" ? "saved" : current));
        await queryClient.invalidateQueries({ queryKey: datasetKeys.examples(datasetId) });
      } else {
        setStatus(result?.error.code === "conflict" ? "conflict" : "failed");
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [status, data, datasetId, example.id, queryClient]);

  const messages = data.messages ?? [];
  const setMessages = (next: EditableMessage[]) => change({ ...data, messages: next });

  return (
    <section aria-label={t("label", { number: example.position })} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-semibold">{t("label", { number: example.position })}</h2>
        {!denied && (
          <span className="text-xs text-fg-muted" role="status" data-testid="save-status">
            {t(`status.${status}`)}
          </span>
        )}
        <span className="flex-1" />
        {issues.some((issue) => issue.code === "sensitiveData") && (
          <DeniedHint reason={denied}>
            <Button size="sm" variant="secondary" disabled={Boolean(denied)} onClick={() => void mask()}>
              <EyeOff aria-hidden className="size-4" />
              {t("mask")}
            </Button>
          </DeniedHint>
        )}
        <DeniedHint reason={denied}>
          <Button
            size="sm"
            variant="ghost"
            disabled={!previous || Boolean(denied)}
            onClick={() => previous && change(previous)}
          >
            <Undo2 aria-hidden className="size-4" />
            {t("undo")}
          </Button>
        </DeniedHint>
        <div role="tablist" aria-label={t("view")} className="flex rounded-md border border-border">
          {(["form", "json"] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="tab"
              aria-selected={view === value}
              disabled={value === "form" && kind !== "chat"}
              onClick={() => setView(value)}
              className={cn("px-3 py-1 text-sm", view === value && "bg-muted font-medium")}
            >
              {t(`views.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {status === "conflict" && <Alert>{t("conflict")}</Alert>}
      {status === "failed" && <Alert>{t("saveFailed")}</Alert>}
      <IssueList issues={issues} />
      {view === "form" ? (
        <div className="flex flex-col gap-2">
          {messages.map((message, index) => (
            <MessageRow
              // Messages have no ids; their position is what the user sees and edits.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              index={index}
              count={messages.length}
              message={message}
              onChange={(next) => setMessages(messages.map((item, i) => (i === index ? next : item)))}
              onMove={(by) => {
                const next = [...messages];
                const [moved] = next.splice(index, 1);
                if (moved) next.splice(index + by, 0, moved);
                setMessages(next);
              }}
              onRemove={() => setMessages(messages.filter((_, i) => i !== index))}
              denied={denied}
            />
          ))}
          <DeniedHint reason={denied} className="inline-flex self-start">
            <Button
              size="sm"
              variant="secondary"
              className="self-start"
              disabled={Boolean(denied)}
              onClick={() =>
                setMessages([
                  ...messages,
                  { role: messages.at(-1)?.role === "user" ? "assistant" : "user", content: "" },
                ])
              }
            >
              <Plus aria-hidden className="size-4" />
              {t("addMessage")}
            </Button>
          </DeniedHint>
        </div>
      ) : (
        <div className="flex flex-col gap-1.5">
          <label htmlFor="example-json" className="text-sm font-medium">
            {t("rawJson")}
          </label>
          <textarea
            id="example-json"
            value={json}
            rows={18}
            spellCheck={false}
            readOnly={Boolean(denied)}
            title={denied}
            aria-invalid={jsonError || undefined}
            onChange={(event) => {
              setJson(event.target.value);
              try {
                const parsed: unknown = JSON.parse(event.target.value);
                setJsonError(false);
                setPrevious(data);
                setData(parsed as ExampleData);
                setStatus("unsaved");
              } catch {
                setJsonError(true);
              }
            }}
            className="w-full rounded-md border border-border bg-surface p-2 font-mono text-xs"
          />
          {jsonError && <p className="text-sm text-danger">{t("jsonInvalid")}</p>}
        </div>
      )}
    </section>
  );
}
