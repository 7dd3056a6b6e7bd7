"use client";
import { Download, History, Link2, Pencil, Plus, Trash2 } from "lucide-react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteConversationAction, renameConversationAction } from "@/app/(app)/chat/actions";
import { useErrorText } from "@/components/errors/use-error-text";
import { NameDialog } from "@/components/forms/name-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LoadingOverlay } from "@/components/ui/loading";
import { conversationExportUrl } from "@/lib/chat/client";

// Opened rarely: loaded when it is.
const ConversationListDialog = dynamic(
  () => import("./conversation-list-dialog").then((module) => module.ConversationListDialog),
  { loading: LoadingOverlay },
);

type ConversationBarProps = {
  conversation: { id: string; title: string } | null;
  saveFailed: boolean;
  onRenamed: (title: string) => void;
};

const linkButton =
  "inline-flex h-8 items-center gap-2 rounded-md border border-border bg-surface px-3 text-sm font-medium hover:bg-muted";

/** The conversation's title and what can be done with it: new, saved list, rename, share, export, delete. */
export function ConversationBar({ conversation, saveFailed, onRenamed }: ConversationBarProps) {
  const t = useTranslations("chat.conversation");
  const errorText = useErrorText();
  const router = useRouter();
  const [dialog, setDialog] = useState<"list" | "rename" | "delete" | null>(null);
  const [copied, setCopied] = useState(false);
  const [deleting, startDelete] = useTransition();
  const [deleteError, setDeleteError] = useState<string>();

  function deleteCurrent(id: string) {
    startDelete(async () => {
      const result = await deleteConversationAction({ conversationId: id });
      if (!result.ok) return setDeleteError(errorText(result.error));
      router.push("/chat");
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate font-medium" data-testid="conversation-title">
            {conversation?.title ?? t("new")}
          </p>
          <p className="text-xs text-fg-muted">{conversation ? t("savedHint") : t("unsavedHint")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {/* A full load: a new chat starts from nothing, whatever this page was started from. */}
          <a href="/chat" className={linkButton}>
            <Plus aria-hidden className="size-4" />
            {t("newChat")}
          </a>
          <Button variant="secondary" size="sm" onClick={() => setDialog("list")}>
            <History aria-hidden className="size-4" />
            {t("saved")}
          </Button>
          {conversation && (
            <>
              <Button variant="secondary" size="sm" onClick={() => setDialog("rename")}>
                <Pencil aria-hidden className="size-4" />
                {t("rename")}
              </Button>
              <Button
                variant="secondary"
                size="sm"
                onClick={async () => {
                  await navigator.clipboard.writeText(new URL(`/chat/${conversation.id}`, window.location.href).href);
                  setCopied(true);
                }}
              >
                <Link2 aria-hidden className="size-4" />
                {copied ? t("linkCopied") : t("copyLink")}
              </Button>
              <a href={conversationExportUrl(conversation.id)} download className={linkButton}>
                <Download aria-hidden className="size-4" />
                {t("export")}
              </a>
              <Button variant="secondary" size="sm" onClick={() => setDialog("delete")}>
                <Trash2 aria-hidden className="size-4" />
                {t("delete")}
              </Button>
            </>
          )}
        </div>
      </div>
      {saveFailed && <Alert>{t("saveFailed")}</Alert>}
      {dialog === "list" && (
        <ConversationListDialog currentId={conversation?.id ?? null} onClose={() => setDialog(null)} />
      )}
      {dialog === "rename" && conversation && (
        <NameDialog
          title={t("renameTitle")}
          label={t("titleLabel")}
          field="title"
          defaultValue={conversation.title}
          save={(title) => renameConversationAction({ conversationId: conversation.id, title })}
          onClose={() => setDialog(null)}
          onSaved={(_, title) => {
            onRenamed(title);
            setDialog(null);
          }}
        />
      )}
      {dialog === "delete" && conversation && (
        <ConfirmDialog
          title={t("deleteTitle", { title: conversation.title })}
          description={t("deleteText")}
          confirmLabel={t("deleteConfirm")}
          pendingLabel={t("deleting")}
          cancelLabel={t("cancel")}
          pending={deleting}
          error={deleteError}
          onConfirm={() => deleteCurrent(conversation.id)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
