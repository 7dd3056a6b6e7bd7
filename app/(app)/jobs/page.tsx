import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JobList } from "@/components/jobs/job-list";
import { requirePageAccess } from "@/lib/auth/access";
import { jobListSearchParams, parseJobListQuery } from "@/lib/jobs/list";
import { listJobFacets, listJobs } from "@/lib/jobs/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("training") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ searchParams }: Props) {
  const access = await requirePageAccess();
  const query = parseJobListQuery(await searchParams);
  const workspaceId = access.workspace.id;
  const [page, facets] = await Promise.all([listJobs({ workspaceId, query }), listJobFacets(workspaceId)]);
  return <JobList initial={page} initialSearch={jobListSearchParams(query).toString()} facets={facets} />;
}
