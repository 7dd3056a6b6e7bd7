"use client";
import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { type DragEvent, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { FieldError } from "@/lib/errors";

type ImportResult = { imported: number; format: string; converted: boolean };
type State =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number; filename: string }
  | { kind: "done"; result: ImportResult }
  | { kind: "failed"; error: FieldError | null };

/** Sends the file as the raw request body (streamed into the dataset on the server), reporting its progress. */
function upload(
  url: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("x-filename", encodeURIComponent(file.name));
    request.upload.onprogress = (event) =>
      event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => resolve({ status: request.status, body: JSON.parse(request.responseText || "null") });
    request.onerror = () => reject(new Error("network"));
    request.send(file);
  });
}

export function ImportPanel({ datasetId, onImported }: { datasetId: string; onImported: () => void }) {
  const t = useTranslations("datasets.import");
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);

  async function importFile(file: File) {
    setState({ kind: "uploading", percent: 0, filename: file.name });
    try {
      const { status, body } = await upload(`/api/datasets/${datasetId}/import`, file, (percent) =>
        setState({ kind: "uploading", percent, filename: file.name }),
      );
      if (status === 200) {
        setState({ kind: "done", result: body as ImportResult });
        onImported();
      } else {
        setState({
          kind: "failed",
          error: (body as { error?: { fields?: { file?: FieldError } } })?.error?.fields?.file ?? null,
        });
      }
    } catch {
      setState({ kind: "failed", error: null });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  }

  return (
    <div className="flex flex-col gap-2">
      {/* A drop target for the mouse; the button inside is the keyboard's way in. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: see above */}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm",
          dragging ? "border-primary bg-muted" : "border-border",
        )}
      >
        <Upload aria-hidden className="size-6 text-fg-muted" />
        <p>{t("drop")}</p>
        <p className="text-xs text-fg-muted">{t("formats")}</p>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => input.current?.click()}
          pending={state.kind === "uploading"}
        >
          {t("choose")}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".jsonl,.json,application/jsonl,application/x-ndjson"
          className="sr-only"
          aria-label={t("choose")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = "";
          }}
        />
      </div>
      {state.kind === "uploading" && (
        <div role="status">
          <p className="text-sm">{t("uploading", { filename: state.filename })}</p>
          <progress value={state.percent} max={100} className="w-full" aria-label={t("progress")} />
        </div>
      )}
      {state.kind === "done" && (
        <Alert tone="success">
          {t("done", { count: state.result.imported })}
          {state.result.converted && ` ${t("converted")}`}
        </Alert>
      )}
      {state.kind === "failed" && (
        <Alert>{state.error ? t(`errors.${state.error.code}`, state.error.params) : t("errors.unknown")}</Alert>
      )}
    </div>
  );
}
