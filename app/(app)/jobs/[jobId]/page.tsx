import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JobDetail } from "@/components/jobs/job-detail";
import { requirePageAccess } from "@/lib/auth/access";
import { AppError } from "@/lib/errors";
import { getJobOrThrow, listJobEvents, listJobMetrics } from "@/lib/jobs/queries";

type Props = { params: Promise<{ jobId: string }> };

async function loadJob(workspaceId: string, jobId: string) {
  try {
    return await getJobOrThrow({ workspaceId, jobId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await requirePageAccess();
  const job = await loadJob(access.workspace.id, (await params).jobId);
  return { title: job.fineTunedModel ?? job.providerJobId };
}

export default async function JobPage({ params }: Props) {
  const access = await requirePageAccess();
  const { jobId } = await params;
  const workspaceId = access.workspace.id;
  const job = await loadJob(workspaceId, jobId);
  const [events, metrics] = await Promise.all([
    listJobEvents({ workspaceId, jobId }),
    listJobMetrics({ workspaceId, jobId }),
  ]);
  return <JobDetail initial={job} initialEvents={events} initialMetrics={metrics} />;
}
