"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { PermittedLink } from "@/components/shell/abilities";
import { PageHeader } from "@/components/shell/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { jobListQueryOptions } from "@/lib/jobs/client";
import { isFiltered, type JobListQuery, jobListSearchParams, parseJobListQuery } from "@/lib/jobs/list";
import { isActiveJobStatus } from "@/lib/jobs/status";
import type { JobFacets, JobListPage } from "@/lib/jobs/view";
import { JobFilters } from "./job-filters";
import { JobPagination } from "./job-pagination";
import { JobTable } from "./job-table";
import { SyncNowButton } from "./sync-now-button";

const POLL_MS = 3_000;

type JobListProps = { initial: JobListPage; initialSearch: string; facets: JobFacets };

/** The workspace's job history; filters, sort and page live in the URL, active jobs refresh by themselves. */
export function JobList({ initial, initialSearch, facets }: JobListProps) {
  const t = useTranslations("jobs");
  const query = parseJobListQuery(useSearchParams());
  const search = jobListSearchParams(query).toString();
  const list = useQuery({
    ...jobListQueryOptions(search),
    initialData: search === initialSearch ? initial : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (state) => (state.state.data?.jobs.some((job) => isActiveJobStatus(job.status)) ? POLL_MS : false),
  });

  // The URL is the state: history.pushState updates useSearchParams without a server round trip.
  function navigate(patch: Partial<JobListQuery>) {
    const next = jobListSearchParams({ ...query, page: 1, ...patch }).toString();
    window.history.pushState(null, "", next ? `?${next}` : window.location.pathname);
  }

  const data = list.data;
  const newJob = (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <SyncNowButton />
      <PermittedLink
        permission="jobs.start"
        href="/jobs/new"
        className="inline-flex h-10 items-center gap-2 rounded-md bg-primary px-4 text-sm font-medium text-primary-fg hover:opacity-90"
      >
        <Plus aria-hidden className="size-4" />
        {t("new")}
      </PermittedLink>
    </div>
  );

  if (data && data.total === 0 && !isFiltered(query))
    return (
      <>
        <PageHeader title={t("title")} lead={t("lead")} actions={newJob} />
        <Card className="flex flex-col items-center gap-3 py-10 text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="max-w-lg text-sm text-fg-muted">{t("emptyText")}</p>
          <div className="flex flex-wrap justify-center gap-3 text-sm">
            <Link href="/datasets" className="text-primary hover:underline">
              {t("emptyDatasets")}
            </Link>
            <PermittedLink permission="jobs.start" href="/jobs/new" className="text-primary hover:underline">
              {t("emptyNewJob")}
            </PermittedLink>
          </div>
        </Card>
      </>
    );

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={newJob} />
      <JobFilters query={query} facets={facets} onChange={navigate} />
      {list.isError && <Alert>{t("loadFailed")}</Alert>}
      {data && (
        <div aria-busy={list.isFetching && list.isPlaceholderData} className="flex flex-col gap-4">
          <p role="status" className="text-sm text-fg-muted">
            {t("count", { count: data.total })}
          </p>
          {data.jobs.length === 0 ? (
            <Card className="py-10 text-center text-sm text-fg-muted">{t("noMatches")}</Card>
          ) : (
            <JobTable
              jobs={data.jobs}
              sort={query.sort}
              dir={query.dir}
              onSort={(sort) => navigate({ sort, dir: sort === query.sort && query.dir === "desc" ? "asc" : "desc" })}
            />
          )}
          <JobPagination page={data.page} pageCount={data.pageCount} onPage={(page) => navigate({ page })} />
        </div>
      )}
    </>
  );
}
