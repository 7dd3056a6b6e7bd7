import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewJobForm } from "@/components/jobs/new-job/new-job-form";
import { PageHeader } from "@/components/shell/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePageAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { listConnectionChoices, listVersionChoices, newJobDefaults } from "@/lib/jobs/create/defaults";

type Props = {
  searchParams: Promise<{ version?: string | string[]; from?: string | string[]; connection?: string | string[] }>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newJob"))("title") };
}

export default async function NewJobPage({ searchParams }: Props) {
  const access = await requirePageAccess();
  if (!can(access.role, "jobs.start")) {
    const t = await getTranslations();
    return (
      <>
        <PageHeader title={t("newJob.title")} />
        <Alert tone="info">{t("team.denied.jobs.start")}</Alert>
      </>
    );
  }
  const workspaceId = access.workspace.id;
  const query = await searchParams;
  const [t, connections, versions, defaults] = await Promise.all([
    getTranslations("newJob"),
    listConnectionChoices(workspaceId),
    listVersionChoices(workspaceId),
    newJobDefaults({
      workspaceId,
      versionId: one(query.version),
      fromJobId: one(query.from),
      connectionId: one(query.connection),
    }).catch((error) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }),
  ]);
  return (
    <>
      <Link href="/jobs" className="mb-4 inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <PageHeader title={t("title")} lead={t("lead")} />
      {connections.length === 0 ? (
        <p className="text-sm text-fg-muted">
          {t("noConnections")}{" "}
          <Link href="/connections" className="font-medium text-primary hover:underline">
            {t("addConnection")}
          </Link>
        </p>
      ) : (
        <NewJobForm connections={connections} versions={versions} defaults={defaults} />
      )}
    </>
  );
}
