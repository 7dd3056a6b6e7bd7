import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChatTester } from "@/components/chat/chat-tester";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageAccess } from "@/lib/auth/access";
import { getConversationOrThrow } from "@/lib/chat/conversations";
import { chatPageData } from "@/lib/chat/page-data";
import { AppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("chat") };
}

type Params = Promise<{ conversationId: string }>;

async function conversationOrNotFound(workspaceId: string, conversationId: string) {
  try {
    return await getConversationOrThrow({ workspaceId, conversationId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** A saved conversation, at the link members of the workspace share. */
export default async function ConversationPage({ params }: { params: Params }) {
  const access = await requirePageAccess();
  const { conversationId } = await params;
  const t = await getTranslations("chat");
  const [conversation, data] = await Promise.all([
    conversationOrNotFound(access.workspace.id, conversationId),
    chatPageData(access),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ChatTester
        key={conversation.id}
        initialState={conversation.state}
        conversation={{ id: conversation.id, title: conversation.title }}
        data={data}
      />
    </>
  );
}
