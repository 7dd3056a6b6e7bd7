"use client";
import { useTranslations } from "next-intl";
import { RetirementBadge } from "@/components/lifecycle/retirement-badge";
import { PageHeader } from "@/components/shell/page-header";
import type { JobDetail } from "@/lib/jobs/view";
import { CopyButton } from "./copy-button";
import { JobStartedBy } from "./job-started-by";
import { JobStatusBadge } from "./job-status-badge";
import { useJobFormat } from "./use-job-format";

function ModelName({ label, value }: { label: string; value: string }) {
  const t = useTranslations("jobs");
  return (
    <div className="flex min-w-0 items-center gap-1">
      <span className="shrink-0 text-fg-muted">{label}:</span>
      <code className="min-w-0 font-mono text-xs break-all">{value}</code>
      <CopyButton value={value} label={t("copyNamed", { name: label })} />
    </div>
  );
}

export function JobHeader({ job }: { job: JobDetail }) {
  const t = useTranslations("jobs.detail");
  const f = useJobFormat();
  return (
    <PageHeader
      title={job.fineTunedModel ?? job.suffix ?? job.providerJobId}
      lead={
        <span className="flex flex-col gap-1">
          <span className="flex flex-wrap items-center gap-2">
            <span data-testid="job-status">
              <JobStatusBadge status={job.status} />
            </span>
            <span>{t("startedBy")}</span>
            <JobStartedBy startedBy={job.startedBy} external={job.external} />
            <span>· {f.dateTime(job.createdAt)}</span>
            <span>· {job.connectionName}</span>
          </span>
          <ModelName label={t("baseModel")} value={job.baseModel} />
          {job.fineTunedModel && <ModelName label={t("fineTunedModel")} value={job.fineTunedModel} />}
          {/* model lifecycle: a warning when the model stops working soon */}
          {job.fineTunedModel && (
            <RetirementBadge model={job.fineTunedModel} connectionKind={job.connectionKind} className="w-fit" />
          )}
          <ModelName label={t("providerJobId")} value={job.providerJobId} />
        </span>
      }
    />
  );
}
