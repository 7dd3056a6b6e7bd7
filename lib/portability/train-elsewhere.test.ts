import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { sandboxCredentials } from "@/lib/connections/queries";
import { addExample, createDataset, freezeVersion } from "@/lib/datasets/queries";
import { chatExample, seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { seedJob } from "@/lib/jobs/test-fixtures";
import { trainElsewhereForm, trainElsewhereTargets } from "./train-elsewhere";

let owner: Awaited<ReturnType<typeof seedWorkspace>>;
let source: { id: string };
let target: { id: string };
let versionId: string;

const job = (fields: Record<string, unknown>) =>
  seedJob({ workspaceId: owner.workspaceId, connectionId: source.id }, fields);

beforeAll(async () => {
  owner = await seedWorkspace("Ada");
  source = await db.connection.create({
    data: { workspaceId: owner.workspaceId, kind: "sandbox", name: "Sandbox", ...sandboxCredentials() },
  });
  target = await db.connection.create({
    data: { workspaceId: owner.workspaceId, kind: "openai", name: "Compatible service", baseUrl: "http://x.test/v1" },
  });
  const { id: datasetId } = await createDataset({ ...owner, name: "Support" });
  for (let index = 0; index < 20; index++) await addExample({ ...owner, datasetId, data: chatExample(`Q${index}?`) });
  versionId = (await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2 })).id;
});

describe("train again elsewhere", () => {
  it("offers the workspace's other connections, and no one else's job", async () => {
    const { id } = await job({ trainingVersionId: versionId });
    const targets = await trainElsewhereTargets({ workspaceId: owner.workspaceId, jobId: id });
    expect(targets.map((connection) => connection.id)).toEqual([target.id]);
    const stranger = await seedWorkspace("Mallory");
    await expect(trainElsewhereTargets({ workspaceId: stranger.workspaceId, jobId: id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("takes the same recipe to the target: versions, resolved hyperparameters, suffix, seed, metadata", async () => {
    const { id } = await job({
      trainingVersionId: versionId,
      validationVersionId: versionId,
      validationPart: "validation",
      requestedHyperparameters: JSON.stringify({
        n_epochs: "auto",
        batch_size: "auto",
        learning_rate_multiplier: "auto",
      }),
      hyperparameters: JSON.stringify({ n_epochs: 4, batch_size: 2, learning_rate_multiplier: 1.8 }),
      suffix: "support",
      seed: 42,
      metadata: JSON.stringify({ team: "care" }),
    });
    const { form, trainingName } = await trainElsewhereForm({
      workspaceId: owner.workspaceId,
      jobId: id,
      connectionId: target.id,
    });
    expect(trainingName).toBe("Support v1");
    expect(form).toEqual({
      connectionId: target.id,
      model: "gpt-4.1-mini-2025-04-14",
      training: { source: "version", versionId },
      validation: { source: "split" },
      hyperparameters: { n_epochs: 4, batch_size: 2, learning_rate_multiplier: 1.8 },
      suffix: "support",
      seed: 42,
      metadata: [{ key: "team", value: "care" }],
      sendSensitiveData: false,
    });
    const other = await trainElsewhereForm({ ...owner, jobId: id, connectionId: target.id, model: "gpt-4o-mini" });
    expect(other.form.model).toBe("gpt-4o-mini");
  });

  it("refuses a job trained on a form file, and a connection of another workspace", async () => {
    const fromFile = await job({ trainingVersionId: null });
    await expect(
      trainElsewhereForm({ workspaceId: owner.workspaceId, jobId: fromFile.id, connectionId: target.id }),
    ).rejects.toMatchObject({ code: "invalid_input", reason: { code: "trainedOnFile" } });
    const { id } = await job({ trainingVersionId: versionId });
    const stranger = await seedWorkspace("Eve");
    const foreign = await db.connection.create({
      data: { workspaceId: stranger.workspaceId, kind: "openai", name: "X" },
    });
    await expect(
      trainElsewhereForm({ workspaceId: owner.workspaceId, jobId: id, connectionId: foreign.id }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
