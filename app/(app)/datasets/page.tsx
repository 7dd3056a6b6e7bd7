import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DatasetList } from "@/components/datasets/dataset-list";
import { requirePageAccess } from "@/lib/auth/access";
import { listDatasets } from "@/lib/datasets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("datasets") };
}

export default async function DatasetsPage() {
  const access = await requirePageAccess();
  return <DatasetList datasets={await listDatasets(access.workspace.id)} />;
}
