"use client";
import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { type DragEvent, useRef, useState } from "react";
import { useErrorText } from "@/components/errors/use-error-text";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useUpload } from "@/components/uploads/use-upload";
import { datasetImportUrl, parseDatasetImport } from "@/lib/datasets/client";
import type { CsvMapping } from "@/lib/datasets/import/csv-mapping";
import { previewCsv } from "@/lib/datasets/import/csv-preview";
import type { FieldError } from "@/lib/errors";
import { routeErrorOf } from "@/lib/http/fetch-json";
import { isUploadAborted, UploadError } from "@/lib/uploads/browser";
import { CsvMappingDialog } from "./csv-mapping-dialog";

/** Enough of a CSV to show its columns and first rows. */
const PREVIEW_BYTES = 64 * 1024;

type ImportResult = Awaited<ReturnType<typeof parseDatasetImport>>;
type State =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number; filename: string }
  | { kind: "done"; result: ImportResult }
  | { kind: "failed"; error: FieldError | null; ref?: string };

export function ImportPanel({ datasetId, onImported }: { datasetId: string; onImported: () => void }) {
  const t = useTranslations("datasets.import");
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const [csv, setCsv] = useState<{ file: File; preview: ReturnType<typeof previewCsv> } | null>(null);
  const denied = useDenied("datasets.edit");
  const uploads = useUpload();

  /** CSV and TSV first go through the column mapping; JSONL is sent as it is. */
  async function chooseFile(file: File) {
    if (!/\.(csv|tsv)$/i.test(file.name)) return importFile(file, null);
    setCsv({ file, preview: previewCsv(await file.slice(0, PREVIEW_BYTES).text(), file.name) });
  }

  async function importFile(file: File, mapping: CsvMapping | null) {
    setCsv(null);
    setState({ kind: "uploading", percent: 0, filename: file.name });
    try {
      // The file is the raw request body, streamed into the dataset on the server.
      const body = await uploads.send({
        url: datasetImportUrl(datasetId),
        body: file,
        headers: {
          "x-filename": encodeURIComponent(file.name),
          ...(mapping && { "x-import-mapping": encodeURIComponent(JSON.stringify(mapping)) }),
        },
        onProgress: (share) => setState({ kind: "uploading", percent: Math.round(share * 100), filename: file.name }),
      });
      setState({ kind: "done", result: await parseDatasetImport(body) });
      onImported();
    } catch (error) {
      if (isUploadAborted(error)) return setState({ kind: "idle" });
      const failure = error instanceof UploadError ? await routeErrorOf(error.body) : undefined;
      const fields = failure?.fields;
      setState({ kind: "failed", error: fields?.file ?? fields?.mapping ?? null, ref: failure?.ref });
    }
  }

  function onDragOver(event: DragEvent) {
    // Taken either way, so a refused file is not opened by the browser instead.
    event.preventDefault();
    if (denied) event.dataTransfer.dropEffect = "none";
    else setDragging(true);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !denied) void chooseFile(file);
  }

  return (
    <div className="flex flex-col gap-2">
      {/* A drop target for the mouse; the button inside is the keyboard's way in. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: see above */}
      <div
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        title={denied}
        className={cn(
          "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm",
          dragging ? "border-primary bg-muted" : "border-border",
          denied && "text-fg-muted",
        )}
      >
        <Upload aria-hidden className="size-6 text-fg-muted" />
        <p>{t("drop")}</p>
        <p className="text-xs text-fg-muted">{t("formats")}</p>
        <DeniedHint reason={denied}>
          <Button
            size="sm"
            variant="secondary"
            disabled={Boolean(denied)}
            onClick={() => input.current?.click()}
            pending={state.kind === "uploading"}
          >
            {t("choose")}
          </Button>
        </DeniedHint>
        <input
          ref={input}
          type="file"
          disabled={Boolean(denied)}
          accept=".jsonl,.json,.csv,.tsv,application/jsonl,application/x-ndjson,text/csv,text/tab-separated-values"
          className="sr-only"
          aria-label={t("choose")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void chooseFile(file);
            event.target.value = "";
          }}
        />
      </div>
      {csv && (
        <CsvMappingDialog
          filename={csv.file.name}
          preview={csv.preview}
          onImport={(mapping) => importFile(csv.file, mapping)}
          onClose={() => setCsv(null)}
        />
      )}
      {state.kind === "uploading" && (
        <div className="flex items-end gap-3">
          <div role="status" className="flex-1">
            <p className="text-sm">{t("uploading", { filename: state.filename })}</p>
            <progress value={state.percent} max={100} className="w-full" aria-label={t("progress")} />
          </div>
          <Button size="sm" variant="secondary" onClick={uploads.cancel}>
            {t("cancel")}
          </Button>
        </div>
      )}
      {state.kind === "done" && (
        <Alert tone="success">
          {t("done", { count: state.result.imported })}
          {state.result.converted && ` ${t("converted")}`}
        </Alert>
      )}
      {state.kind === "failed" && (
        <Alert>
          {state.error
            ? t(`errors.${state.error.code}`, state.error.params)
            : state.ref
              ? errorText({ code: "internal", ref: state.ref })
              : t("errors.unknown")}
        </Alert>
      )}
    </div>
  );
}
