"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { conversationsQueryOptions } from "@/lib/chat/client";

/** The workspace's saved conversations, newest first; each opens at its own link. */
export function ConversationListDialog({ currentId, onClose }: { currentId: string | null; onClose: () => void }) {
  const t = useTranslations("chat.conversation");
  const format = useFormatter();
  const query = useQuery(conversationsQueryOptions());
  const conversations = query.data?.conversations ?? [];
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t("listTitle")} description={t("listLead")}>
      {query.isPending ? (
        <p role="status" className="text-sm text-fg-muted">
          {t("loading")}
        </p>
      ) : query.isError ? (
        <Alert>{t("loadFailed")}</Alert>
      ) : conversations.length ? (
        <ul className="flex max-h-[60vh] flex-col divide-y divide-border overflow-y-auto">
          {conversations.map((conversation) => (
            <li key={conversation.id}>
              <Link
                href={`/chat/${conversation.id}`}
                onClick={onClose}
                aria-current={conversation.id === currentId ? "page" : undefined}
                className="flex flex-col gap-0.5 rounded-md px-2 py-2 hover:bg-muted aria-[current=page]:bg-muted"
              >
                <span className="truncate text-sm font-medium">{conversation.title}</span>
                <span className="truncate text-xs text-fg-muted">
                  {conversation.models.join(" · ") || t("noModels")}
                </span>
                <span className="text-xs text-fg-muted">
                  {t("updated", {
                    when: format.dateTime(new Date(conversation.updatedAt), {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                    who: conversation.createdByName ?? t("someone"),
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-fg-muted">{t("none")}</p>
      )}
    </Dialog>
  );
}
