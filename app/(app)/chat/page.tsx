import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChatTester, type HeldOutStart } from "@/components/chat/chat-tester";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageAccess } from "@/lib/auth/access";
import { chatPageData } from "@/lib/chat/page-data";
import { startFromVersion, stateFromJob } from "@/lib/chat/start";
import { type ChatState, emptyState } from "@/lib/chat/state";
import { AppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("chat") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

/** A start point from the link: ?job=…[&model=…] (a job's models) or ?version=… (a dataset's held-out examples). */
async function startFrom(workspaceId: string, params: Awaited<SearchParams>) {
  const jobId = one(params.job);
  const versionId = one(params.version);
  if (jobId) return { state: await stateFromJob({ workspaceId, jobId, model: one(params.model) }) };
  if (versionId) {
    const { state, ...start } = await startFromVersion({ workspaceId, versionId });
    return { state, start: { versionId, ...start } satisfies HeldOutStart };
  }
  return { state: emptyState() };
}

export default async function ChatPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await requirePageAccess();
  const t = await getTranslations("chat");
  const params = await searchParams;
  let start: { state: ChatState; start?: HeldOutStart };
  try {
    start = await startFrom(access.workspace.id, params);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const data = await chatPageData(access);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ChatTester
        key={[params.job, params.model, params.version].join("|")}
        initialState={start.state}
        start={start.start}
        conversation={null}
        data={data}
      />
    </>
  );
}
