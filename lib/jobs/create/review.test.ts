import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { sandboxCredentials } from "@/lib/connections/queries";
import { addExample, createDataset, freezeVersion } from "@/lib/datasets/queries";
import { chatExample, dpoExample, seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { setPrice } from "@/lib/pricing/queries";
import { reviewJob } from "./review";
import { jobFormSchema } from "./schema";

let owner: { workspaceId: string; userId: string; connectionId: string };

beforeAll(async () => {
  const seeded = await seedWorkspace("Rita");
  const connection = await db.connection.create({
    data: { workspaceId: seeded.workspaceId, kind: "sandbox", name: "Sandbox", ...sandboxCredentials() },
  });
  owner = { ...seeded, connectionId: connection.id };
});

async function version(examples: unknown[], options: { kind?: "chat" | "dpo"; validationRatio?: number } = {}) {
  const { id: datasetId } = await createDataset({ ...owner, name: "Data", kind: options.kind });
  for (const data of examples) await addExample({ ...owner, datasetId, data });
  const frozen = await freezeVersion({
    actor: actorOf(owner),
    datasetId,
    validationRatio: options.validationRatio ?? 0,
  });
  return db.datasetVersion.findUniqueOrThrow({ where: { id: frozen.id } });
}

const chats = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => chatExample(`${prefix} ${index + 1}?`));

function form(versionId: string, validation: unknown = { source: "none" }, epochs: number | "auto" = "auto") {
  return jobFormSchema.parse({
    connectionId: owner.connectionId,
    model: "gpt-4.1-mini-2025-04-14",
    training: { source: "version", versionId },
    validation,
    hyperparameters: { n_epochs: epochs, batch_size: "auto", learning_rate_multiplier: "auto" },
    suffix: "",
    seed: null,
    metadata: [],
    sendSensitiveData: false,
  });
}

describe("reviewJob", () => {
  it("estimates at the workspace's own price when it set one", async () => {
    const frozen = await version(chats(30, "Price"));
    const list = await reviewJob({ workspaceId: owner.workspaceId, form: form(frozen.id, undefined, 2) });
    expect(list).toMatchObject({
      examples: 30,
      epochs: 2,
      billingTokens: frozen.tokenCount,
      billedTokens: frozen.tokenCount * 2,
      cost: (frozen.tokenCount * 2 * 5) / 1_000_000,
      price: { model: "gpt-4.1-mini-2025-04-14", training: 5, source: "list" },
      sensitive: { examples: 0, kinds: {} },
    });
    await setPrice({
      actor: actorOf(owner),
      model: "gpt-4.1-mini-2025-04-14",
      training: 10,
      input: 1,
      cachedInput: 0.5,
      output: 4,
    });
    const own = await reviewJob({ workspaceId: owner.workspaceId, form: form(frozen.id, undefined, 2) });
    expect(own.cost).toBeCloseTo((frozen.tokenCount * 2 * 10) / 1_000_000);
    expect(own.price).toMatchObject({ training: 10, source: "workspace" });
  });

  it("finds sensitive data in the validation split too", async () => {
    const examples = chats(20, "Split");
    const frozen = await version(examples, { validationRatio: 0.5 });
    const validationLine = frozen.validationJsonl?.split("\n")[0] ?? "";
    await db.datasetVersion.update({
      where: { id: frozen.id },
      data: { validationJsonl: `${validationLine.replace("Split", "Call +49 30 1234567 about")}\n` },
    });
    const review = await reviewJob({ workspaceId: owner.workspaceId, form: form(frozen.id, { source: "split" }) });
    expect(review.sensitive).toEqual({ examples: 1, kinds: { phone: 1 } });
  });

  it("refuses a split the version does not have and a validation version for another method", async () => {
    const plain = await version(chats(12, "Plain"));
    await expect(
      reviewJob({ workspaceId: owner.workspaceId, form: form(plain.id, { source: "split" }) }),
    ).rejects.toMatchObject({ fields: { "validation.source": { code: "noValidationSplit" } } });
    const preferences = await version(
      Array.from({ length: 12 }, (_, index) => dpoExample(`Which ${index}?`)),
      { kind: "dpo" },
    );
    await expect(
      reviewJob({
        workspaceId: owner.workspaceId,
        form: form(plain.id, { source: "version", versionId: preferences.id }),
      }),
    ).rejects.toMatchObject({ fields: { "validation.versionId": { code: "validationKindMismatch" } } });
  });
});
