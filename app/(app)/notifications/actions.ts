"use server";
import { createAction } from "@/lib/action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/queries";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/notifications/schema";

export const markNotificationReadAction = createAction(
  { name: "markNotificationReadAction", schema: markNotificationReadSchema },
  async ({ notificationId }, { user, workspace }) =>
    markNotificationRead({ notificationId, userId: user.id, workspaceId: workspace.id }),
);

export const markAllNotificationsReadAction = createAction(
  { name: "markAllNotificationsReadAction", schema: markAllNotificationsReadSchema },
  async (_input, { user, workspace }) => {
    await markAllNotificationsRead({ userId: user.id, workspaceId: workspace.id });
  },
);
