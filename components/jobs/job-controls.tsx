"use client";
import { ArrowRightLeft, Ban, Cloud, Download, MessageSquare, Pause, Play, RotateCcw } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cancelJobAction, pauseJobAction, resumeJobAction } from "@/app/(app)/jobs/[jobId]/actions";
import { DeniedHint, PermittedLink, useDenied } from "@/components/shell/abilities";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LoadingOverlay } from "@/components/ui/loading";
import { jobResultFileUrl } from "@/lib/jobs/client";
import { isActiveJobStatus } from "@/lib/jobs/status";
import type { JobDetail } from "@/lib/jobs/view";
import { useJobAction } from "./use-job-action";

// Dialogs opened rarely: loaded when they are.
const TrainElsewhereDialog = dynamic(
  () => import("./train-elsewhere-dialog").then((module) => module.TrainElsewhereDialog),
  { loading: LoadingOverlay },
);
const AzureDeployDialog = dynamic(() => import("./azure-deploy-dialog").then((module) => module.AzureDeployDialog), {
  loading: LoadingOverlay,
});

type Control = "cancel" | "pause" | "resume";
const ACTIONS = { cancel: cancelJobAction, pause: pauseJobAction, resume: resumeJobAction };
const linkClass =
  "inline-flex h-8 items-center gap-2 rounded-md border border-border bg-surface px-3 text-sm font-medium hover:bg-muted";

function ControlDialog({ job, control, onClose }: { job: JobDetail; control: Control; onClose: () => void }) {
  const t = useTranslations("jobs.controls");
  const action = useJobAction(job.id, ACTIONS[control], { onSuccess: onClose });
  return (
    <ConfirmDialog
      title={t(`${control}Title`)}
      description={t(`${control}Text`)}
      confirmLabel={t(`${control}Confirm`)}
      pendingLabel={t(`${control}Pending`)}
      cancelLabel={t("keep")}
      pending={action.pending}
      error={action.error}
      onConfirm={() => action.run({ jobId: job.id })}
      onClose={onClose}
    />
  );
}

/** What a person can do with the job: control it while it runs, use and deploy its model once it is done. */
export function JobControls({ job }: { job: JobDetail }) {
  const t = useTranslations("jobs.controls");
  const tElsewhere = useTranslations("trainElsewhere");
  const [open, setOpen] = useState<Control | "deploy" | "elsewhere" | null>(null);
  const denied = useDenied("jobs.control");
  const cannotStart = useDenied("jobs.start");
  const active = isActiveJobStatus(job.status);
  const resultFile = job.resultFiles[0];
  const chatHref = job.fineTunedModel ? `/chat?${new URLSearchParams({ job: job.id })}` : null;

  return (
    <div className="flex flex-wrap gap-2">
      {job.status === "running" && (
        <DeniedHint reason={denied}>
          <Button size="sm" variant="secondary" disabled={Boolean(denied)} onClick={() => setOpen("pause")}>
            <Pause aria-hidden className="size-4" />
            {t("pause")}
          </Button>
        </DeniedHint>
      )}
      {job.status === "paused" && (
        <DeniedHint reason={denied}>
          <Button size="sm" variant="secondary" disabled={Boolean(denied)} onClick={() => setOpen("resume")}>
            <Play aria-hidden className="size-4" />
            {t("resume")}
          </Button>
        </DeniedHint>
      )}
      {active && (
        <DeniedHint reason={denied}>
          <Button size="sm" variant="secondary" disabled={Boolean(denied)} onClick={() => setOpen("cancel")}>
            <Ban aria-hidden className="size-4 text-danger" />
            {t("cancel")}
          </Button>
        </DeniedHint>
      )}
      {chatHref && job.status === "succeeded" && (
        <Link href={chatHref} className={linkClass}>
          <MessageSquare aria-hidden className="size-4" />
          {t("openInChat")}
        </Link>
      )}
      {job.connectionKind === "azure" && job.status === "succeeded" && job.fineTunedModel && (
        <DeniedHint reason={denied}>
          <Button size="sm" variant="secondary" disabled={Boolean(denied)} onClick={() => setOpen("deploy")}>
            <Cloud aria-hidden className="size-4" />
            {job.deploymentName ? t("deployedAs", { name: job.deploymentName }) : t("deploy")}
          </Button>
        </DeniedHint>
      )}
      {resultFile && (
        <a href={jobResultFileUrl(job.id, resultFile)} download className={linkClass}>
          <Download aria-hidden className="size-4" />
          {t("download")}
        </a>
      )}
      <PermittedLink permission="jobs.start" href={`/jobs/new?from=${job.id}`} className={linkClass}>
        <RotateCcw aria-hidden className="size-4" />
        {t("trainAgain")}
      </PermittedLink>
      <DeniedHint reason={cannotStart}>
        <Button size="sm" variant="secondary" disabled={Boolean(cannotStart)} onClick={() => setOpen("elsewhere")}>
          <ArrowRightLeft aria-hidden className="size-4" />
          {tElsewhere("open")}
        </Button>
      </DeniedHint>
      {open === "elsewhere" && <TrainElsewhereDialog jobId={job.id} onClose={() => setOpen(null)} />}
      {open === "deploy" && job.fineTunedModel ? (
        <AzureDeployDialog job={job} model={job.fineTunedModel} onClose={() => setOpen(null)} />
      ) : (
        open &&
        open !== "deploy" &&
        open !== "elsewhere" && <ControlDialog job={job} control={open} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
