"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { NotificationView } from "@/lib/notifications/view";
import { useNotificationText } from "./notification-text";

/**
 * Shows a browser notification for each notification that arrives while the app is open, when the person
 * allowed them. Those present at the first load are not news.
 */
export function BrowserNotifier({ items }: { items: NotificationView[] | undefined }) {
  const t = useTranslations("notifications");
  const text = useNotificationText();
  const router = useRouter();
  const seen = useRef<Set<string> | null>(null);

  // Syncs with the browser's Notification API.
  useEffect(() => {
    if (!items) return;
    if (seen.current === null) {
      seen.current = new Set(items.map((item) => item.id));
      return;
    }
    const known = seen.current;
    const fresh = items.filter((item) => !item.read && !known.has(item.id));
    for (const item of items) known.add(item.id);
    if (!("Notification" in window) || Notification.permission !== "granted") return;
    for (const item of fresh) {
      const notification = new Notification(t("browserTitle"), { body: text(item), tag: item.id });
      notification.onclick = () => {
        window.focus();
        if (item.jobId) router.push(`/jobs/${item.jobId}`);
      };
    }
  }, [items, t, text, router]);

  return null;
}
