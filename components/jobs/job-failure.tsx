"use client";
import { CircleX } from "lucide-react";
import { useTranslations } from "next-intl";
import { failureReason, type JobError } from "@/lib/jobs/view";

/** Why a job failed, in plain words, with the provider's own message kept for the details. */
export function JobFailure({ error }: { error: JobError }) {
  const t = useTranslations("jobs.failure");
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger-bg p-4 text-sm text-danger">
      <p className="flex items-center gap-2 font-semibold">
        <CircleX aria-hidden className="size-4" />
        {t("title")}
      </p>
      <p className="mt-1 text-fg" data-testid="failure-reason">
        {t(`reasons.${failureReason(error)}`)}
      </p>
      <p className="mt-2 text-xs text-fg-muted">
        {t("original")} <span className="font-mono">{error.code}</span>: {error.message}
      </p>
    </div>
  );
}
