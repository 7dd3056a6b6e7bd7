"use client";
import { Download, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useErrorText } from "@/components/errors/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ARCHIVE_PROBLEMS, type ArchiveProblem, type ProblemParams } from "@/lib/portability/errors";
import type { ArchiveCounts } from "@/lib/portability/format";

type ImportState =
  | { kind: "idle" }
  | { kind: "uploading"; filename: string; percent: number }
  | { kind: "restoring"; filename: string }
  | { kind: "done"; counts: ArchiveCounts }
  | { kind: "failed"; problem: ArchiveProblem | null; params?: ProblemParams; ref?: string };

type ImportResponse = {
  counts?: ArchiveCounts;
  error?: { code: string; ref?: string; fields?: { archive?: { code: string; params?: ProblemParams } } };
};

const problemOf = (code: string | undefined): ArchiveProblem | null =>
  ARCHIVE_PROBLEMS.find((problem) => problem === code) ?? null;

/** Sends the archive as the raw request body (streamed to disk on the server), reporting upload progress. */
function sendArchive(file: File, onProgress: (percent: number) => void): Promise<ImportResponse & { ok: boolean }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/workspace/import");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () =>
      resolve({ ok: request.status === 200, ...((request.response as ImportResponse | null) ?? {}) });
    request.onerror = () => resolve({ ok: false });
    request.send(file);
  });
}

/** Export the workspace as one archive, and restore such an archive into this (empty) workspace. */
export function WorkspaceData({ counts, canImport }: { counts: ArchiveCounts; canImport: boolean }) {
  const t = useTranslations("portability");
  const errorText = useErrorText();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const busy = state.kind === "uploading" || state.kind === "restoring";

  async function importFile(file: File) {
    setState({ kind: "uploading", filename: file.name, percent: 0 });
    const response = await sendArchive(file, (percent) =>
      setState(
        percent < 100
          ? { kind: "uploading", filename: file.name, percent }
          : { kind: "restoring", filename: file.name },
      ),
    );
    if (response.ok && response.counts) {
      setState({ kind: "done", counts: response.counts });
      router.refresh();
    } else {
      const archive = response.error?.fields?.archive;
      setState({
        kind: "failed",
        problem: problemOf(archive?.code),
        params: archive?.params,
        ref: response.error?.ref,
      });
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
            href="/api/workspace/export"
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
          <div role="status" className="flex max-w-md flex-col gap-1">
            <p className="text-sm">{t("import.uploading", { filename: state.filename, percent: state.percent })}</p>
            <progress value={state.percent} max={100} className="w-full" aria-label={t("import.progress")} />
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
