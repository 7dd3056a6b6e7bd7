/** How the browser reads the notification bell's data: its query key, route and answer schema. */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { fetchJson } from "@/lib/http/fetch-json";
import type { NotificationList } from "./view";

export const notificationKeys = {
  list: () => ["notifications"] as const,
};

const notificationListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      jobId: z.nullable(z.string()),
      jobLabel: z.nullable(z.string()),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
  unread: z.number(),
}) satisfies z.ZodMiniType<NotificationList>;

/** The caller's latest notifications and unread count. */
export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: () => fetchJson("/api/notifications", notificationListSchema),
  });
