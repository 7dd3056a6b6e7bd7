/** The caller's notifications in their workspace: the latest ones, the unread count, marking read. */
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { NotificationList } from "./view";

const LATEST = 20;

type Recipient = { userId: string; workspaceId: string };

export async function listNotifications({ userId, workspaceId }: Recipient): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, workspaceId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LATEST,
      include: { job: { select: { fineTunedModel: true, providerJobId: true } } },
    }),
    db.notification.count({ where: { userId, workspaceId, readAt: null } }),
  ]);
  return {
    unread,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      jobId: row.jobId,
      jobLabel: row.job ? (row.job.fineTunedModel ?? row.job.providerJobId) : null,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    })),
  };
}

export async function markNotificationRead({ notificationId, ...recipient }: Recipient & { notificationId: string }) {
  const found = await db.notification.findFirst({
    where: { id: notificationId, ...recipient },
    select: { readAt: true },
  });
  if (!found) throw new AppError("not_found", "This notification does not exist");
  if (!found.readAt) await db.notification.update({ where: { id: notificationId }, data: { readAt: new Date() } });
}

export async function markAllNotificationsRead(recipient: Recipient): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { ...recipient, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
