/** Tells the starter (in the app) and the workspace's webhook that a job ended, exactly once per job. */
import "server-only";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isActiveJobStatus } from "@/lib/jobs/status";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";

/**
 * Run inside the transaction that stored the final status: claiming `notifiedAt` and writing the
 * notification commit together, so a crash or a second runner can neither skip nor repeat it.
 */
export async function announceJobEnd(tx: Prisma.TransactionClient, jobId: string, now: Date): Promise<boolean> {
  const job = await tx.job.findUnique({ where: { id: jobId } });
  if (!job || job.notifiedAt || isActiveJobStatus(job.status)) return false;
  const { count } = await tx.job.updateMany({ where: { id: jobId, notifiedAt: null }, data: { notifiedAt: now } });
  if (count === 0) return false;
  const kind = `job.${job.status}`;
  if (job.startedById) {
    await tx.notification.create({
      data: { workspaceId: job.workspaceId, userId: job.startedById, kind, jobId, createdAt: now },
    });
  }
  await enqueueWebhookEvent(tx, {
    workspaceId: job.workspaceId,
    type: kind,
    now,
    data: {
      job: {
        id: job.id,
        providerJobId: job.providerJobId,
        status: job.status,
        baseModel: job.baseModel,
        fineTunedModel: job.fineTunedModel,
        connection: { name: job.connectionName, kind: job.connectionKind },
        external: job.external,
        trainedTokens: job.trainedTokens,
        error: job.error ? JSON.parse(job.error) : null,
        createdAt: job.createdAt.toISOString(),
        finishedAt: job.finishedAt?.toISOString() ?? null,
        url: new URL(`/jobs/${job.id}`, getEnv().APP_URL).toString(),
      },
    },
  });
  return true;
}
