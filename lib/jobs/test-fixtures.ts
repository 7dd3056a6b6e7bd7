import { db } from "@/lib/db/client";

/** A job of a Sandbox connection, succeeded on gpt-4.1-mini unless `fields` say otherwise. */
export function seedJob(ref: { workspaceId: string; connectionId: string }, fields: Record<string, unknown> = {}) {
  return db.job.create({
    data: {
      workspaceId: ref.workspaceId,
      connectionId: ref.connectionId,
      connectionName: "Sandbox",
      connectionKind: "sandbox",
      providerJobId: `ftjob-${Math.random().toString(36).slice(2)}`,
      status: "succeeded",
      baseModel: "gpt-4.1-mini-2025-04-14",
      method: "supervised",
      trainingFileId: "file-1",
      createdAt: new Date(),
      ...fields,
    },
  });
}
