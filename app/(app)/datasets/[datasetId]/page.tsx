import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache, Suspense } from "react";
import { DatasetReport } from "@/components/datasets/dataset-report";
import { DatasetStudio } from "@/components/datasets/dataset-studio";
import { VersionList } from "@/components/datasets/version-list";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageAccess } from "@/lib/auth/access";
import { EXAMPLE_PAGE_SIZE } from "@/lib/datasets/example-filters";
import {
  countExampleFilters,
  datasetReport,
  getDatasetOrThrow,
  listExamplePage,
  listVersions,
} from "@/lib/datasets/queries";
import { AppError } from "@/lib/errors";

type Props = { params: Promise<{ datasetId: string }> };

async function loadDataset(workspaceId: string, datasetId: string) {
  try {
    return await getDatasetOrThrow({ workspaceId, datasetId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await requirePageAccess();
  return { title: (await loadDataset(access.workspace.id, (await params).datasetId)).name };
}

// The report and the version list share one report per request.
const reportOf = cache((workspaceId: string, datasetId: string) => datasetReport({ workspaceId, datasetId }));

/**
 * The examples' first page comes with the HTML; the report (which looks at every example) streams in after,
 * so the editor is usable at once however large the dataset.
 */
export default async function DatasetPage({ params }: Props) {
  const access = await requirePageAccess();
  const { datasetId } = await params;
  const workspaceId = access.workspace.id;
  const dataset = await loadDataset(workspaceId, datasetId);
  const query = { filter: "all", search: "" } as const;
  const [t, page, counts] = await Promise.all([
    getTranslations("datasets"),
    listExamplePage({ workspaceId, datasetId, query, offset: 0, limit: EXAMPLE_PAGE_SIZE }),
    countExampleFilters({ workspaceId, datasetId }),
  ]);
  return (
    <>
      <Link href="/datasets" className="mb-4 inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <PageHeader title={dataset.name} lead={t(`kinds.${dataset.kind}`)} />
      <div className="flex flex-col gap-8">
        <Suspense fallback={<p className="text-sm text-fg-muted">{t("report.loading")}</p>}>
          <Report workspaceId={workspaceId} datasetId={datasetId} />
        </Suspense>
        <DatasetStudio datasetId={datasetId} kind={dataset.kind as "chat" | "dpo"} initial={{ ...page, counts }} />
        <Suspense fallback={null}>
          <Versions workspaceId={workspaceId} datasetId={datasetId} datasetName={dataset.name} />
        </Suspense>
      </div>
    </>
  );
}

async function Report({ workspaceId, datasetId }: { workspaceId: string; datasetId: string }) {
  return <DatasetReport report={await reportOf(workspaceId, datasetId)} />;
}

async function Versions(props: { workspaceId: string; datasetId: string; datasetName: string }) {
  const { workspaceId, datasetId, datasetName } = props;
  const [report, versions] = await Promise.all([
    reportOf(workspaceId, datasetId),
    listVersions({ workspaceId, datasetId }),
  ]);
  return <VersionList datasetId={datasetId} datasetName={datasetName} versions={versions} ready={report.ready} />;
}
