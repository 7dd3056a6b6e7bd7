"use client";
import { useTranslations } from "next-intl";
import type { NotificationView } from "@/lib/notifications/view";

const KINDS = { "job.succeeded": "succeeded", "job.failed": "failed", "job.cancelled": "cancelled" } as const;

/** "Job ft:… succeeded", in the reader's language. */
export function useNotificationText() {
  const t = useTranslations("notifications.kinds");
  return (item: Pick<NotificationView, "kind" | "jobLabel">) => {
    const kind = KINDS[item.kind as keyof typeof KINDS] ?? "other";
    return t(kind, { label: item.jobLabel ?? "" });
  };
}
