"use client";
import { Ban, Check, Circle, CircleDot, CircleX, Minus } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { isActiveJobStatus, isFinalJobStatus } from "@/lib/jobs/status";
import type { JobDetail, TimelineStep } from "@/lib/jobs/view";
import { useJobFormat } from "./use-job-format";

const ICONS = { done: Check, current: CircleDot, upcoming: Circle, skipped: Minus } as const;

function stepLabel(t: ReturnType<typeof useTranslations<"jobs.timeline">>, step: TimelineStep, job: JobDetail) {
  if (step.key === "end") return isFinalJobStatus(job.status) ? t(job.status) : t("end");
  if (step.key === "running" && job.status === "paused") return t("paused");
  return t(step.key);
}

/** Created → validating files → queued → running → the end, with times, progress and the estimated finish. */
export function JobTimeline({ job }: { job: JobDetail }) {
  const t = useTranslations("jobs.timeline");
  const f = useJobFormat();
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const progress = job.totalSteps && job.currentStep !== null ? job.currentStep / job.totalSteps : null;
  const live = isActiveJobStatus(job.status);

  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("title")}</h2>
      <ol className="flex flex-col gap-2" data-testid="timeline">
        {job.timeline.map((step) => {
          const ended = step.key === "end" && (job.status === "failed" || job.status === "cancelled");
          const Icon = ended ? (job.status === "failed" ? CircleX : Ban) : ICONS[step.state];
          return (
            <li key={step.key} data-state={step.state} className="flex items-center gap-2 text-sm">
              <Icon
                aria-hidden
                className={cn(
                  "size-4 shrink-0",
                  step.state === "done" && !ended && "text-success",
                  step.state === "current" && "text-primary",
                  (step.state === "upcoming" || step.state === "skipped") && "text-fg-muted",
                  ended && (job.status === "failed" ? "text-danger" : "text-fg-muted"),
                )}
              />
              <span className={cn(step.state !== "done" && step.state !== "current" && "text-fg-muted")}>
                {stepLabel(t, step, job)}
              </span>
              <span className="sr-only">({t(`states.${step.state}`)})</span>
              {step.at && <span className="ml-auto text-xs text-fg-muted tabular-nums">{f.dateTime(step.at)}</span>}
            </li>
          );
        })}
      </ol>
      {progress !== null && (
        <div className="mt-4">
          <div className="flex justify-between text-xs text-fg-muted">
            <span>{t("progress", { step: job.currentStep ?? 0, total: job.totalSteps ?? 0 })}</span>
            <span>{format.number(progress, { style: "percent" })}</span>
          </div>
          <div
            role="progressbar"
            aria-label={t("progressLabel")}
            aria-valuemin={0}
            aria-valuemax={job.totalSteps ?? 0}
            aria-valuenow={job.currentStep ?? 0}
            className="mt-1 h-2 overflow-hidden rounded-full bg-muted"
          >
            <div className="h-full bg-primary transition-all" style={{ width: `${Math.min(100, progress * 100)}%` }} />
          </div>
        </div>
      )}
      {live && job.estimatedFinishAt && (
        <p className="mt-3 text-sm">
          {t("estimatedFinish", { when: format.relativeTime(new Date(job.estimatedFinishAt), now) })}
        </p>
      )}
      {job.durationSeconds !== null && (
        <p className="mt-3 text-sm">{t("took", { duration: f.duration(job.durationSeconds) })}</p>
      )}
    </Card>
  );
}
