/**
 * Deleting a workspace: everything it holds goes with it in one statement (the schema cascades), and the Sandbox's
 * files on disk after it. What lives at a provider (uploaded files, fine-tuned models, jobs still training) stays
 * there, so the owner is told before, not after.
 */
import "server-only";
import { removeConnectionData } from "@/lib/connections/storage";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ACTIVE_JOB_STATUSES } from "@/lib/jobs/status";
import { logger } from "@/lib/logger";
import { workspaceCounts } from "@/lib/portability/import";

/** What deleting would remove, and the jobs still running at providers (deleting does not stop them). */
export async function workspaceDeletionSummary(workspaceId: string) {
  const [counts, members, activeJobs] = await Promise.all([
    workspaceCounts(workspaceId),
    db.member.count({ where: { workspaceId } }),
    db.job.count({
      where: { workspaceId, status: { in: [...ACTIVE_JOB_STATUSES] }, connection: { kind: { not: "sandbox" } } },
    }),
  ]);
  return { ...counts, members, activeJobs };
}

/** The typed name must match, so a workspace is never deleted by a stray click or from the wrong tab. */
export async function deleteWorkspace({
  workspaceId,
  confirmName,
  userId,
}: {
  workspaceId: string;
  confirmName: string;
  userId: string;
}) {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true } });
  if (!workspace) throw new AppError("not_found", "This workspace does not exist");
  if (confirmName.trim() !== workspace.name.trim()) {
    throw new AppError("invalid_input", "The name does not match", {
      fields: { confirmName: { code: "workspaceNameMismatch" } },
    });
  }
  const sandboxes = await db.connection.findMany({ where: { workspaceId, kind: "sandbox" }, select: { id: true } });
  await db.workspace.delete({ where: { id: workspaceId } });
  // The audit log went with the workspace; the server log keeps who deleted which one.
  logger.info(`Workspace ${workspaceId} deleted by user ${userId}`);
  await Promise.all(sandboxes.map((connection) => removeConnectionData(connection.id)));
}
