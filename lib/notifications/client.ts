/** How the browser reads the notification bell's data: its query key, route and answer schema. */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";

const responses = () => import("./responses");

export const notificationKeys = {
  list: () => ["notifications"] as const,
};

/** The caller's latest notifications and unread count. */
export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: () => fetchJson("/api/notifications", () => responses().then((m) => m.notificationListSchema)),
  });
