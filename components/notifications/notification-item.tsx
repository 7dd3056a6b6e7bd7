"use client";
import { Check } from "lucide-react";
import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { NotificationView } from "@/lib/notifications/view";
import { useNotificationText } from "./notification-text";

export function NotificationItem({
  item,
  onOpen,
  onMarkRead,
}: {
  item: NotificationView;
  onOpen: () => void;
  onMarkRead: () => void;
}) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const text = useNotificationText();
  const createdAt = new Date(item.createdAt);
  const body = (
    <>
      <span className={cn("block text-sm", !item.read && "font-medium")}>{text(item)}</span>
      <span className="block text-xs text-fg-muted">
        {format.relativeTime(createdAt, Math.max(now.getTime(), createdAt.getTime()))}
      </span>
    </>
  );
  return (
    <li className="flex items-start gap-2 px-3 py-2 hover:bg-muted">
      <span
        aria-hidden
        className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-primary")}
      />
      {item.jobId ? (
        <Link href={`/jobs/${item.jobId}`} onClick={onOpen} className="min-w-0 flex-1 rounded outline-offset-2">
          {body}
        </Link>
      ) : (
        <div className="min-w-0 flex-1">{body}</div>
      )}
      {!item.read && (
        <button
          type="button"
          onClick={onMarkRead}
          aria-label={t("markRead", { text: text(item) })}
          title={t("markReadShort")}
          className="rounded p-1 text-fg-muted hover:bg-surface hover:text-fg"
        >
          <Check aria-hidden className="size-4" />
        </button>
      )}
    </li>
  );
}
