/** Who did it, as the domain functions that record to the audit log expect it, for tests. */
import type { AuditActor } from "./record";

export function actorOf({ workspaceId, userId }: { workspaceId: string; userId: string }): AuditActor {
  return { user: { id: userId, name: "Tess Tester", email: "tess@example.com" }, workspace: { id: workspaceId } };
}
