import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { sandboxCredentials } from "@/lib/connections/queries";
import { addExample, createDataset, freezeVersion } from "@/lib/datasets/queries";
import { chatExample, seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { seedJob } from "@/lib/jobs/test-fixtures";
import { newJobDefaults } from "./defaults";

let owner: { workspaceId: string; userId: string; connectionId: string };
let versionId: string;

beforeAll(async () => {
  const seeded = await seedWorkspace("Dora");
  const connection = await db.connection.create({
    data: { workspaceId: seeded.workspaceId, kind: "sandbox", name: "Sandbox", ...sandboxCredentials() },
  });
  owner = { ...seeded, connectionId: connection.id };
  const { id: datasetId } = await createDataset({ ...owner, name: "Support" });
  for (let index = 0; index < 20; index++) await addExample({ ...owner, datasetId, data: chatExample(`Q${index}?`) });
  versionId = (await freezeVersion({ actor: actorOf(owner), datasetId, validationRatio: 0.2 })).id;
});

const job = (fields: Record<string, unknown>) => seedJob(owner, fields);

describe("newJobDefaults", () => {
  it("copies a job's choices to train again, the validation split included", async () => {
    const { id } = await job({
      trainingVersionId: versionId,
      validationVersionId: versionId,
      validationPart: "validation",
      validationFileId: "file-2",
      requestedHyperparameters: JSON.stringify({ n_epochs: 4, batch_size: "auto", learning_rate_multiplier: 0.5 }),
      suffix: "support",
      seed: 9,
      metadata: JSON.stringify({ team: "care" }),
    });
    expect(await newJobDefaults({ workspaceId: owner.workspaceId, fromJobId: id })).toEqual({
      connectionId: owner.connectionId,
      model: "gpt-4.1-mini-2025-04-14",
      versionId,
      validation: { source: "split" },
      hyperparameters: { n_epochs: 4, batch_size: "auto", learning_rate_multiplier: 0.5, beta: "auto" },
      suffix: "support",
      seed: 9,
      metadata: [{ key: "team", value: "care" }],
      from: { jobId: id, uploadedFile: false },
    });
  });

  it("takes an imported job's resolved hyperparameters and asks for a file chosen on the form again", async () => {
    const { id } = await job({
      hyperparameters: JSON.stringify({ n_epochs: 3, batch_size: 1, learning_rate_multiplier: 2 }),
    });
    expect(await newJobDefaults({ workspaceId: owner.workspaceId, fromJobId: id })).toMatchObject({
      versionId: null,
      validation: { source: "none" },
      hyperparameters: { n_epochs: 3, batch_size: 1, learning_rate_multiplier: 2, beta: "auto" },
      from: { uploadedFile: true },
    });
  });

  it("trained again on another connection, carries the resolved hyperparameters instead of auto", async () => {
    const { id } = await job({
      trainingVersionId: versionId,
      requestedHyperparameters: JSON.stringify({ n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: 2 }),
      hyperparameters: JSON.stringify({ n_epochs: 3, batch_size: 4, learning_rate_multiplier: 2 }),
      suffix: "support",
      seed: 11,
    });
    const other = await db.connection.create({
      data: { workspaceId: owner.workspaceId, kind: "openai", name: "Team OpenAI" },
    });
    const ref = { workspaceId: owner.workspaceId, fromJobId: id };
    expect(await newJobDefaults({ ...ref, connectionId: other.id })).toMatchObject({
      connectionId: other.id,
      versionId,
      hyperparameters: { n_epochs: 3, batch_size: 4, learning_rate_multiplier: 2, beta: "auto" },
      suffix: "support",
      seed: 11,
    });
    // The same connection keeps what was asked for; another workspace's connection is ignored.
    expect(await newJobDefaults({ ...ref, connectionId: owner.connectionId })).toMatchObject({
      hyperparameters: { n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: 2 },
    });
    const stranger = await seedWorkspace("Stella");
    const foreign = await db.connection.create({
      data: { workspaceId: stranger.workspaceId, kind: "openai", name: "Not yours" },
    });
    expect(await newJobDefaults({ ...ref, connectionId: foreign.id })).toMatchObject({
      connectionId: owner.connectionId,
      hyperparameters: { n_epochs: "auto" },
    });
  });

  it("does not find another workspace's job, and ignores its version", async () => {
    const { id } = await job({});
    const stranger = await seedWorkspace("Sven");
    await expect(newJobDefaults({ workspaceId: stranger.workspaceId, fromJobId: id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await newJobDefaults({ workspaceId: stranger.workspaceId, versionId })).toMatchObject({ versionId: null });
    expect(await newJobDefaults({ workspaceId: owner.workspaceId, versionId })).toMatchObject({ versionId });
  });
});
