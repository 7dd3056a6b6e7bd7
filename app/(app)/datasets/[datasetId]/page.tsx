import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DatasetReport } from "@/components/datasets/dataset-report";
import { DatasetStudio } from "@/components/datasets/dataset-studio";
import { VersionList } from "@/components/datasets/version-list";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageAccess } from "@/lib/auth/access";
import {
  datasetReport,
  getDatasetOrThrow,
  listDuplicateExampleIds,
  listExampleSummaries,
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

export default async function DatasetPage({ params }: Props) {
  const access = await requirePageAccess();
  const { datasetId } = await params;
  const workspaceId = access.workspace.id;
  const dataset = await loadDataset(workspaceId, datasetId);
  const [t, report, examples, duplicates, versions] = await Promise.all([
    getTranslations("datasets"),
    datasetReport({ workspaceId, datasetId }),
    listExampleSummaries({ workspaceId, datasetId }),
    listDuplicateExampleIds({ workspaceId, datasetId }),
    listVersions({ workspaceId, datasetId }),
  ]);
  return (
    <>
      <Link href="/datasets" className="mb-4 inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <PageHeader title={dataset.name} lead={t(`kinds.${dataset.kind}`)} />
      <div className="flex flex-col gap-8">
        <DatasetReport report={report} />
        <DatasetStudio
          datasetId={datasetId}
          kind={dataset.kind as "chat" | "dpo"}
          initial={{ examples, duplicates: [...duplicates] }}
        />
        <VersionList datasetId={datasetId} datasetName={dataset.name} versions={versions} ready={report.ready} />
      </div>
    </>
  );
}
