/** The notifications answers' zod schemas, checked against the route handlers' types; loaded with the first fetch. */
import { z } from "zod/mini";
import type { NotificationList } from "./view";

export const notificationListSchema = z.object({
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
