"use client";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { jobDetailQueryOptions, type MetricsPage } from "@/lib/jobs/client";
import { isActiveJobStatus } from "@/lib/jobs/status";
import type { JobDetail as JobDetailView, JobEventPage } from "@/lib/jobs/view";
import { JobChart } from "./job-chart";
import { JobCheckpoints } from "./job-checkpoints";
import { JobControls } from "./job-controls";
import { JobEvents } from "./job-events";
import { JobFacts } from "./job-facts";
import { JobFailure } from "./job-failure";
import { JobHeader } from "./job-header";
import { JobTimeline } from "./job-timeline";
import { SyncStatus } from "./sync-status";

const POLL_MS = 2_000;

type JobDetailProps = {
  initial: JobDetailView;
  initialEvents: JobEventPage;
  initialMetrics: MetricsPage;
};

/** One job, live: the browser polls the app (never the provider) every 2 s until the job has ended. */
export function JobDetail({ initial, initialEvents, initialMetrics }: JobDetailProps) {
  const t = useTranslations("jobs");
  const query = useQuery({
    ...jobDetailQueryOptions(initial.id),
    initialData: initial,
    refetchInterval: (state) => (state.state.data && isActiveJobStatus(state.state.data.status) ? POLL_MS : false),
  });
  const job = query.data;
  const active = isActiveJobStatus(job.status);

  return (
    <>
      <Link href="/jobs" className="mb-4 inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <JobHeader job={job} />
      <div className="flex flex-col gap-6">
        <JobControls job={job} />
        <SyncStatus
          refreshedAt={query.dataUpdatedAt}
          syncedAt={job.syncedAt}
          syncError={job.syncError}
          active={active}
        />
        {job.status === "failed" && job.error && <JobFailure error={job.error} />}
        <div className="grid gap-6 lg:grid-cols-2">
          <JobTimeline job={job} />
          <JobFacts job={job} />
        </div>
        <JobChart job={job} initial={initialMetrics} active={active} />
        <JobCheckpoints checkpoints={job.checkpoints} jobId={job.id} ended={!active} />
        <JobEvents jobId={job.id} eventCount={job.eventCount} active={active} initial={initialEvents} />
      </div>
    </>
  );
}
