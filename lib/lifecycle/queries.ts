/** The registry as a workspace sees it (the data file plus its overrides), and what of its models retires soon. */
import "server-only";
import type { ConnectionKind } from "@/lib/connections/kinds";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  defaultRegistry,
  type LifecycleEntry,
  type LifecycleProvider,
  type LifecycleRegistry,
  lifecycleProviderOf,
  type RetiringModel,
  retiringSoon,
  withOverrides,
} from "@/lib/models/lifecycle";
import type { SetLifecycleOverrideInput } from "./schema";

const WORKSPACE_SOURCE = "workspace";

export async function listLifecycleOverrides(
  workspaceId: string,
): Promise<(LifecycleEntry & { note: string | null })[]> {
  const rows = await db.lifecycleOverride.findMany({
    where: { workspaceId },
    orderBy: [{ provider: "asc" }, { model: "asc" }],
  });
  return rows.map((row) => ({
    provider: row.provider as LifecycleProvider,
    model: row.model,
    trainableUntil: row.trainableUntil,
    retiresOn: row.retiresOn,
    note: row.note,
    source: WORKSPACE_SOURCE,
  }));
}

export async function workspaceRegistry(workspaceId: string): Promise<LifecycleRegistry> {
  return withOverrides(defaultRegistry, await listLifecycleOverrides(workspaceId));
}

export async function setLifecycleOverride(workspaceId: string, input: SetLifecycleOverrideInput) {
  const { provider, model, ...dates } = input;
  await db.lifecycleOverride.upsert({
    where: { workspaceId_provider_model: { workspaceId, provider, model } },
    create: { workspaceId, provider, model, ...dates },
    update: dates,
  });
}

export async function removeLifecycleOverride(workspaceId: string, key: { provider: string; model: string }) {
  const { count } = await db.lifecycleOverride.deleteMany({ where: { workspaceId, ...key } });
  if (count === 0) throw new AppError("not_found", "This override does not exist");
}

export type RetiringJobModel = RetiringModel & { jobId: string; connectionName: string };

/** The workspace's fine-tuned models (of jobs that succeeded) that stop answering within the warning window. */
export async function listRetiringModels(workspaceId: string, now: Date): Promise<RetiringJobModel[]> {
  const [registry, jobs] = await Promise.all([
    workspaceRegistry(workspaceId),
    db.job.findMany({
      where: { workspaceId, status: "succeeded", fineTunedModel: { not: null } },
      select: { id: true, fineTunedModel: true, connectionKind: true, connectionName: true },
      orderBy: { createdAt: "desc" },
      take: 1000,
    }),
  ]);
  const byModel = new Map(jobs.map((job) => [job.fineTunedModel ?? "", job]));
  const models = jobs.flatMap((job) =>
    job.fineTunedModel
      ? [{ model: job.fineTunedModel, provider: lifecycleProviderOf(job.connectionKind as ConnectionKind) }]
      : [],
  );
  return retiringSoon({ registry, models, now }).flatMap((item) => {
    const job = byModel.get(item.model);
    return job ? [{ ...item, jobId: job.id, connectionName: job.connectionName }] : [];
  });
}
