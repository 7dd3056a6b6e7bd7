"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { Popover } from "radix-ui";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(app)/notifications/actions";
import { notificationKeys, notificationsQueryOptions } from "@/lib/notifications/client";
import { BrowserNotificationToggle } from "./browser-notification-toggle";
import { BrowserNotifier } from "./browser-notifier";
import { NotificationItem } from "./notification-item";

const POLL_MS = 15_000;

/** The header's bell: unread count, the latest notifications, and marking them read. */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const query = useQuery({
    ...notificationsQueryOptions(),
    refetchInterval: POLL_MS,
  });
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  function markRead(run: () => Promise<unknown>) {
    startTransition(async () => {
      await run();
      await queryClient.invalidateQueries({ queryKey: notificationKeys.list() });
    });
  }

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <BrowserNotifier items={query.data?.items} />
      <Popover.Trigger
        aria-label={unread ? t("openWithCount", { count: unread }) : t("open")}
        className="relative rounded-md p-2 hover:bg-muted"
      >
        <Bell aria-hidden className="size-5" />
        {unread > 0 && (
          <span
            aria-hidden
            data-testid="notification-count"
            className="absolute -top-0.5 -right-0.5 grid min-w-5 place-items-center rounded-full bg-primary px-1 text-xs font-medium text-primary-fg"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-[min(24rem,calc(100vw-1rem))] rounded-md border border-border bg-surface text-fg shadow-lg"
        >
          <div className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
            <h2 className="text-sm font-semibold">{t("title")}</h2>
            {unread > 0 && (
              <button
                type="button"
                disabled={pending}
                onClick={() => markRead(() => markAllNotificationsReadAction({}))}
                className="rounded px-2 py-1 text-xs font-medium text-primary hover:bg-muted disabled:opacity-60"
              >
                {t("markAllRead")}
              </button>
            )}
          </div>
          {query.isError && !query.data ? (
            <p role="alert" className="px-3 py-4 text-sm text-danger">
              {t("loadFailed")}
            </p>
          ) : items.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-fg-muted">{query.isPending ? t("loading") : t("empty")}</p>
          ) : (
            <ul className="max-h-96 overflow-y-auto py-1">
              {items.map((item) => (
                <NotificationItem
                  key={item.id}
                  item={item}
                  onOpen={() => {
                    setOpen(false);
                    if (!item.read) markRead(() => markNotificationReadAction({ notificationId: item.id }));
                  }}
                  onMarkRead={() => markRead(() => markNotificationReadAction({ notificationId: item.id }))}
                />
              ))}
            </ul>
          )}
          <BrowserNotificationToggle />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
