import { listNotifications } from "@/lib/notifications/queries";
import { createRoute } from "@/lib/route";

/** The caller's latest notifications and unread count, polled by the bell. */
export const GET = createRoute({ name: "GET /api/notifications" }, async ({ access }) =>
  listNotifications({ userId: access.user.id, workspaceId: access.workspace.id }),
);
