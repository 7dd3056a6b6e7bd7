"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RetirementBadge } from "@/components/lifecycle/retirement-badge";
import type { JobSort } from "@/lib/jobs/list";
import type { JobListItem } from "@/lib/jobs/view";
import { JobStartedBy } from "./job-started-by";
import { JobStatusBadge } from "./job-status-badge";
import { useJobFormat } from "./use-job-format";

type Column = { key: string; sort?: JobSort; numeric?: boolean };
const COLUMNS: Column[] = [
  { key: "status", sort: "status" },
  { key: "model" },
  { key: "dataset" },
  { key: "startedBy" },
  { key: "created", sort: "created" },
  { key: "duration", sort: "duration", numeric: true },
  { key: "tokens", sort: "tokens", numeric: true },
  { key: "cost", sort: "cost", numeric: true },
];

type JobTableProps = {
  jobs: JobListItem[];
  sort: JobSort;
  dir: "asc" | "desc";
  onSort: (sort: JobSort) => void;
};

function JobName({ job }: { job: JobListItem }) {
  return (
    <>
      <Link href={`/jobs/${job.id}`} className="font-medium break-all text-primary hover:underline">
        {job.fineTunedModel ?? job.providerJobId}
      </Link>
      {/* model lifecycle: a warning when the model stops working soon */}
      {job.fineTunedModel && <RetirementBadge model={job.fineTunedModel} className="mt-1 flex w-fit" />}
    </>
  );
}

function DatasetName({ job }: { job: JobListItem }) {
  const t = useTranslations("jobs");
  if (!job.dataset) return <span className="text-fg-muted">—</span>;
  return <span>{t("versionName", { name: job.dataset.name, number: job.dataset.number })}</span>;
}

/** The jobs of one page: a table on wide screens, cards on phones. */
export function JobTable({ jobs, sort, dir, onSort }: JobTableProps) {
  const t = useTranslations("jobs");
  const f = useJobFormat();
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-border bg-surface md:block">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-border text-xs text-fg-muted uppercase">
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={column.sort === sort ? (dir === "asc" ? "ascending" : "descending") : undefined}
                  className={`px-3 py-3 font-medium whitespace-nowrap ${column.numeric ? "text-right" : ""}`}
                >
                  {column.sort ? (
                    <button
                      type="button"
                      className="uppercase hover:text-fg"
                      onClick={() => column.sort && onSort(column.sort)}
                    >
                      {t(`columns.${column.key}`)}
                      {column.sort === sort && <span aria-hidden>{dir === "asc" ? " ↑" : " ↓"}</span>}
                    </button>
                  ) : (
                    t(`columns.${column.key}`)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {jobs.map((job) => (
              <tr key={job.id} data-testid="job-row">
                <td className="px-3 py-3">
                  <JobStatusBadge status={job.status} />
                </td>
                <td className="min-w-60 px-3 py-3">
                  <JobName job={job} />
                  <div className="text-xs text-fg-muted">{job.baseModel}</div>
                </td>
                <td className="min-w-32 px-3 py-3">
                  <DatasetName job={job} />
                </td>
                <td className="min-w-32 px-3 py-3">
                  <JobStartedBy startedBy={job.startedBy} external={job.external} />
                </td>
                <td className="px-3 py-3 whitespace-nowrap">
                  {f.shortDateTime(job.createdAt)}
                  {job.finishedAt && (
                    <div className="text-xs text-fg-muted">
                      {t("finishedAt", { when: f.shortDateTime(job.finishedAt) })}
                    </div>
                  )}
                </td>
                <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums">
                  {f.duration(job.durationSeconds)}
                </td>
                <td className="px-3 py-3 text-right tabular-nums">{f.tokens(job.trainedTokens)}</td>
                <td className="px-3 py-3 text-right tabular-nums">{f.cost(job.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden">
        {jobs.map((job) => (
          <li key={job.id} data-testid="job-card" className="rounded-lg border border-border bg-surface p-4">
            <div className="flex items-start justify-between gap-2">
              <JobName job={job} />
              <JobStatusBadge status={job.status} />
            </div>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              <dt className="text-fg-muted">{t("columns.baseModel")}</dt>
              <dd className="break-all">{job.baseModel}</dd>
              <dt className="text-fg-muted">{t("columns.dataset")}</dt>
              <dd>
                <DatasetName job={job} />
              </dd>
              <dt className="text-fg-muted">{t("columns.startedBy")}</dt>
              <dd>
                <JobStartedBy startedBy={job.startedBy} external={job.external} />
              </dd>
              <dt className="text-fg-muted">{t("columns.created")}</dt>
              <dd>{f.dateTime(job.createdAt)}</dd>
              <dt className="text-fg-muted">{t("columns.duration")}</dt>
              <dd>{f.duration(job.durationSeconds)}</dd>
              <dt className="text-fg-muted">{t("columns.tokens")}</dt>
              <dd>{f.tokens(job.trainedTokens)}</dd>
              <dt className="text-fg-muted">{t("columns.cost")}</dt>
              <dd>{f.cost(job.cost)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
