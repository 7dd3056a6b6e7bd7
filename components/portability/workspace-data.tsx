"use client";
import { Download, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useErrorText } from "@/components/errors/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useUpload } from "@/components/uploads/use-upload";
import { routeErrorOf } from "@/lib/http/fetch-json";
import { parseWorkspaceImport, WORKSPACE_EXPORT_URL, WORKSPACE_IMPORT_URL } from "@/lib/portability/client";
import { ARCHIVE_PROBLEMS, type ArchiveProblem, type ProblemParams } from "@/lib/portability/errors";
import type { ArchiveCounts } from "@/lib/portability/format";
import { isUploadAborted, UploadError } from "@/lib/uploads/browser";

type ImportState =
  | { kind: "idle" }
  | { kind: "uploading"; filename: string; percent: number }
  | { kind: "restoring"; filename: string }
  | { kind: "done"; counts: ArchiveCounts }
  | { kind: "failed"; problem: ArchiveProblem | null; params?: ProblemParams; ref?: string };

const problemOf = (code: string | undefined): ArchiveProblem | null =>
  ARCHIVE_PROBLEMS.find((problem) => problem === code) ?? null;

/** Export the workspace as one archive, and restore such an archive into this (empty) workspace. */
export function WorkspaceData({ counts, canImport }: { counts: ArchiveCounts; canImport: boolean }) {
  const t = useTranslations("portability");
  const errorText = useErrorText();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const uploads = useUpload();
  const busy = state.kind === "uploading" || state.kind === "restoring";

  async function importFile(file: File) {
    setState({ kind: "uploading", filename: file.name, percent: 0 });
    try {
      // The archive is the raw request body, streamed to disk on the server; once sent, the server restores it.
      const body = await uploads.send({
        url: WORKSPACE_IMPORT_URL,
        body: file,
        onProgress: (share) => {
          const percent = Math.round(share * 100);
          setState(
            percent < 100
              ? { kind: "uploading", filename: file.name, percent }
              : { kind: "restoring", filename: file.name },
          );
        },
      });
      setState({ kind: "done", counts: (await parseWorkspaceImport(body)).counts });
      router.refresh();
    } catch (error) {
      if (isUploadAborted(error)) return setState({ kind: "idle" });
      const failure = error instanceof UploadError ? await routeErrorOf(error.body) : undefined;
      const archive = failure?.fields?.archive;
      setState({ kind: "failed", problem: problemOf(archive?.code), params: archive?.params, ref: failure?.ref });
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="export-title" className="flex flex-col gap-2">
        <h3 id="export-title" className="text-sm font-semibold">
          {t("export.title")}
        </h3>
        <p className="max-w-2xl text-sm text-fg-muted">{t("export.intro")}</p>
        <p className="text-sm">{t("counts", counts)}</p>
        <div>
          <a
            href={WORKSPACE_EXPORT_URL}
            download
            className="inline-flex h-10 items-center gap-2 rounded-md border border-border bg-surface px-4 text-sm font-medium hover:bg-muted"
          >
            <Download aria-hidden className="size-4" />
            {t("export.download")}
          </a>
        </div>
        <p className="text-xs text-fg-muted">{t("export.progress")}</p>
      </section>

      <section aria-labelledby="import-title" className="flex flex-col gap-2">
        <h3 id="import-title" className="text-sm font-semibold">
          {t("import.title")}
        </h3>
        <p className="max-w-2xl text-sm text-fg-muted">{t("import.intro")}</p>
        {canImport || state.kind === "uploading" || state.kind === "restoring" ? (
          <div>
            <Button variant="secondary" onClick={() => input.current?.click()} pending={busy}>
              <Upload aria-hidden className="size-4" />
              {t("import.choose")}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".zip,application/zip"
              className="sr-only"
              aria-label={t("import.choose")}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void importFile(file);
                event.target.value = "";
              }}
            />
          </div>
        ) : (
          state.kind !== "done" && <Alert tone="info">{t("import.notEmpty")}</Alert>
        )}
        {state.kind === "uploading" && (
          <div className="flex max-w-md flex-col items-start gap-2">
            <div role="status" className="flex w-full flex-col gap-1">
              <p className="text-sm">{t("import.uploading", { filename: state.filename, percent: state.percent })}</p>
              <progress value={state.percent} max={100} className="w-full" aria-label={t("import.progress")} />
            </div>
            <Button size="sm" variant="secondary" onClick={uploads.cancel}>
              {t("import.cancel")}
            </Button>
          </div>
        )}
        {state.kind === "restoring" && (
          <div role="status" className="flex max-w-md flex-col gap-1">
            <p className="text-sm">{t("import.restoring", { filename: state.filename })}</p>
            <progress className="w-full" aria-label={t("import.progress")} />
          </div>
        )}
        {state.kind === "done" && <Alert tone="success">{t("import.done", state.counts)}</Alert>}
        {state.kind === "failed" && (
          <Alert>
            {state.problem
              ? t(`import.errors.${state.problem}`, state.params)
              : state.ref
                ? errorText({ code: "internal", ref: state.ref })
                : t("import.errors.unknown")}
          </Alert>
        )}
      </section>
    </div>
  );
}
