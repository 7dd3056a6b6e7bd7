/** What `/models` shows a Sandbox connection: the base models plus its fine-tuned models and their checkpoints. */
import "server-only";
import { db } from "@/lib/db/client";
import { parseModelName, snapshotOf } from "@/lib/models/names";
import { FINE_TUNABLE_SNAPSHOTS } from "@/lib/models/snapshots";
import { notFound, SandboxError } from "./errors";
import type { SandboxConnection } from "./http";
import { unixSeconds } from "./ids";
import { findJobByModelName, type JobRow, listJobRows, simulate } from "./jobs/store";
import { toModelObject } from "./models";

const OWNER = "org-sandbox";

function fineTunedModels(row: JobRow) {
  if (row.modelDeletedAt) return [];
  const sim = simulate(row);
  if (sim.status !== "succeeded" || sim.finishedAt === null) return [];
  return [
    toModelObject({ id: row.fineTunedModel, created: unixSeconds(sim.finishedAt) }, OWNER),
    ...sim.checkpoints
      .filter((checkpoint) => checkpoint.stepNumber < sim.totalSteps)
      .map((checkpoint) =>
        toModelObject({ id: checkpoint.modelName, created: unixSeconds(checkpoint.createdAt) }, OWNER),
      ),
  ];
}

export async function listModels(connection: SandboxConnection) {
  const rows = await listJobRows(connection);
  return {
    object: "list" as const,
    data: [...FINE_TUNABLE_SNAPSHOTS.map((model) => toModelObject(model)), ...rows.flatMap(fineTunedModels)],
  };
}

/** A model this connection may use: a base model, or a fine-tuned model or checkpoint of a job that succeeded. */
type UsableModel =
  | { kind: "base"; id: string }
  | { kind: "fine-tuned"; id: string; job: JobRow; stage: number; created: number };

export async function findUsableModel(connection: SandboxConnection, model: string): Promise<UsableModel> {
  const base = snapshotOf(model);
  if (base) return { kind: "base", id: base };
  const { fineTuned: name, step } = parseModelName(model);
  const job = name.startsWith("ft:") ? await findJobByModelName(connection, name) : null;
  const sim = job && !job.modelDeletedAt ? simulate(job) : null;
  if (job && sim?.status === "succeeded" && sim.finishedAt !== null) {
    if (step === null) return { kind: "fine-tuned", id: model, job, stage: 1, created: unixSeconds(sim.finishedAt) };
    const checkpoint = sim.checkpoints.find((item) => item.stepNumber === step);
    if (checkpoint) {
      return {
        kind: "fine-tuned",
        id: model,
        job,
        stage: step / sim.totalSteps,
        created: unixSeconds(checkpoint.createdAt),
      };
    }
  }
  throw new SandboxError(404, `The model \`${model}\` does not exist or you do not have access to it.`, {
    param: "model",
    code: "model_not_found",
  });
}

export async function retrieveModel(connection: SandboxConnection, model: string) {
  const found = await findUsableModel(connection, model);
  if (found.kind === "base") {
    // Asked by alias (`gpt-4o-mini`), OpenAI answers with the alias.
    return toModelObject({
      id: model,
      created: FINE_TUNABLE_SNAPSHOTS.find((item) => item.id === found.id)?.created ?? 0,
    });
  }
  return toModelObject({ id: found.id, created: found.created }, OWNER);
}

export async function deleteModel(connection: SandboxConnection, model: string) {
  if (snapshotOf(model))
    throw new SandboxError(403, "You do not have permission to delete a base model.", { code: "model_not_deletable" });
  const found = await findUsableModel(connection, model).catch(() => null);
  if (found?.kind !== "fine-tuned" || found.stage < 1) throw notFound("model", model, "model");
  await db.sandboxJob.update({ where: { id: found.job.id }, data: { modelDeletedAt: new Date() } });
  return { id: model, object: "model" as const, deleted: true };
}
