/** What a workspace shows and holds, read back for the portability tests to compare before and after. */
import { listConversations } from "@/lib/chat/conversations";
import { getDatasetOrThrow, listDatasets, listVersions } from "@/lib/datasets/queries";
import { db } from "@/lib/db/client";
import { parseJobListQuery } from "@/lib/jobs/list";
import { getJobOrThrow, listJobs } from "@/lib/jobs/queries";

/** What the pages and the API show as the authors of a workspace's jobs, datasets, versions and conversations. */
export async function authorsShown(workspaceId: string) {
  const { jobs } = await listJobs({ workspaceId, query: parseJobListQuery({}) });
  const [dataset] = await listDatasets(workspaceId);
  const versions = dataset ? await listVersions({ workspaceId, datasetId: dataset.id }) : [];
  const detail = jobs[0] && (await getJobOrThrow({ workspaceId, jobId: jobs[0].id }));
  const datasetDetail = dataset && (await getDatasetOrThrow({ workspaceId, datasetId: dataset.id }));
  return {
    jobs: jobs.map((job) => job.startedBy),
    jobPage: detail?.startedBy,
    datasetEditedBy: dataset?.updatedByName,
    datasetCreatedBy: datasetDetail?.createdByName,
    versions: versions.map((version) => version.createdByName),
    conversations: (await listConversations(workspaceId)).map((conversation) => conversation.createdByName),
  };
}

/** Everything a workspace holds, with ids replaced by what they point at, so two workspaces can be compared. */
export async function contentOf(workspaceId: string) {
  const email = async (id: string | null) => (id ? (await db.user.findUniqueOrThrow({ where: { id } })).email : null);
  const versionName = async (id: string | null) => {
    if (!id) return null;
    const version = await db.datasetVersion.findUniqueOrThrow({ where: { id } });
    return `${version.datasetName} v${version.number}`;
  };
  const datasets = await db.dataset.findMany({ where: { workspaceId }, orderBy: { name: "asc" } });
  const versions = await db.datasetVersion.findMany({ where: { workspaceId }, orderBy: { contentHash: "asc" } });
  const jobs = await db.job.findMany({ where: { workspaceId }, orderBy: { providerJobId: "asc" } });
  const conversations = await db.chatConversation.findMany({ where: { workspaceId }, orderBy: { title: "asc" } });
  return {
    datasets: await Promise.all(
      datasets.map(async ({ id, workspaceId: _, createdById, updatedById, ...dataset }) => ({
        ...dataset,
        createdBy: await email(createdById),
        updatedBy: await email(updatedById),
        examples: (await db.datasetExample.findMany({ where: { datasetId: id }, orderBy: { position: "asc" } })).map(
          ({ id: _, workspaceId: __, datasetId: ___, ...example }) => example,
        ),
      })),
    ),
    versions: await Promise.all(
      versions.map(async ({ id: _, workspaceId: __, datasetId, createdById, ...version }) => ({
        ...version,
        hasDataset: datasetId !== null,
        createdBy: await email(createdById),
      })),
    ),
    jobs: await Promise.all(
      jobs.map(
        async ({
          id,
          workspaceId: _,
          connectionId: __,
          nextSyncAt: ___,
          updatedAt: ____,
          notifiedAt: _____,
          startedById,
          trainingVersionId,
          validationVersionId,
          ...job
        }) => ({
          ...job,
          startedBy: await email(startedById),
          trainingVersion: await versionName(trainingVersionId),
          validationVersion: await versionName(validationVersionId),
          events: (await db.jobEvent.findMany({ where: { jobId: id }, orderBy: { seq: "asc" } })).map(
            ({ id: _, jobId: __, ...event }) => event,
          ),
          metrics: (await db.jobMetric.findMany({ where: { jobId: id }, orderBy: { step: "asc" } })).map(
            ({ jobId: _, ...metric }) => metric,
          ),
          checkpoints: (await db.jobCheckpoint.findMany({ where: { jobId: id }, orderBy: { step: "asc" } })).map(
            ({ id: _, jobId: __, ...checkpoint }) => checkpoint,
          ),
        }),
      ),
    ),
    conversations: conversations.map(({ id: _, workspaceId: __, createdById: ___, state, ...conversation }) => ({
      ...conversation,
      models: (JSON.parse(state) as { columns: Array<{ model: { model: string } | null }> }).columns.map(
        (column) => column.model?.model ?? null,
      ),
    })),
    prices: await db.modelPrice.findMany({
      where: { workspaceId },
      select: { model: true, training: true, input: true, cachedInput: true, output: true },
    }),
    connections: await db.connection.findMany({
      where: { workspaceId, kind: { not: "sandbox" } },
      select: { kind: true, name: true, baseUrl: true, endpoint: true, apiVersion: true },
    }),
    webhook: await db.webhook.findUnique({ where: { workspaceId }, select: { url: true, events: true } }),
  };
}
