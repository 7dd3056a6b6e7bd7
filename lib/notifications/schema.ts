import { z } from "zod";

export const markNotificationReadSchema = z.object({ notificationId: z.string().min(1).max(100) });
export const markAllNotificationsReadSchema = z.object({});
