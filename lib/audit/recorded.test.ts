/** The settings and deletions that the domain functions record themselves, whichever way they are called. */
import { describe, expect, it } from "vitest";
import { createDataset, deleteDataset } from "@/lib/datasets/queries";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { resetPrice, setPrice } from "@/lib/pricing/queries";
import { deleteWebhook, rotateWebhookSecret, saveWebhook } from "@/lib/webhooks/queries";
import { renameWorkspace } from "@/lib/workspaces/queries";
import { actorOf } from "./test-fixtures";

async function newActor() {
  return actorOf(await seedWorkspace("Olivia"));
}

async function entriesOf(workspaceId: string) {
  const entries = await db.auditEntry.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  return entries.map(({ action, actorId, targetType, targetName, details }) => ({
    action,
    actorId,
    targetType,
    targetName,
    details: JSON.parse(details),
  }));
}

describe("audit entries written where the change happens", () => {
  it("records a webhook's creation, change, secret rotation and deletion, naming only its host", async () => {
    const actor = await newActor();
    const url = "https://hooks.example.com/in?token=receiver-secret";
    const { secret } = await saveWebhook({ actor, input: { url, events: ["job.failed"], enabled: true } });
    await saveWebhook({ actor, input: { url, events: ["job.failed", "job.succeeded"], enabled: false } });
    const rotated = await rotateWebhookSecret(actor);
    await deleteWebhook(actor);

    const entries = await entriesOf(actor.workspace.id);
    const webhook = { actorId: actor.user.id, targetType: "webhook", targetName: "hooks.example.com" };
    expect(entries).toEqual([
      { ...webhook, action: "webhook.created", details: { events: ["job.failed"], enabled: true } },
      {
        ...webhook,
        action: "webhook.updated",
        details: { events: ["job.failed", "job.succeeded"], enabled: false },
      },
      { ...webhook, action: "webhook.secret_rotated", details: {} },
      { ...webhook, action: "webhook.deleted", details: {} },
    ]);
    const stored = JSON.stringify(entries);
    for (const hidden of [secret ?? "", rotated.secret, "receiver-secret"]) expect(stored).not.toContain(hidden);
  });

  it("records a price change with the new prices, and a reset", async () => {
    const actor = await newActor();
    const model = "gpt-4o-mini-2024-07-18";
    await setPrice({ actor, model, training: 4, input: 0.2, cachedInput: 0.1, output: 0.8 });
    await resetPrice({ actor, model });
    expect(await entriesOf(actor.workspace.id)).toEqual([
      {
        action: "price.changed",
        actorId: actor.user.id,
        targetType: "model",
        targetName: model,
        details: { trainingPrice: 4, inputPrice: 0.2, cachedInputPrice: 0.1, outputPrice: 0.8 },
      },
      { action: "price.reset", actorId: actor.user.id, targetType: "model", targetName: model, details: {} },
    ]);
  });

  it("records a workspace rename with the name it had before", async () => {
    const actor = await newActor();
    await renameWorkspace({ actor, name: "Support team" });
    expect(await entriesOf(actor.workspace.id)).toEqual([
      {
        action: "workspace.renamed",
        actorId: actor.user.id,
        targetType: "workspace",
        targetName: "Support team",
        details: { previousName: "Olivia's workspace" },
      },
    ]);
  });

  it("records a dataset's deletion with its name", async () => {
    const actor = await newActor();
    const { id } = await createDataset({ workspaceId: actor.workspace.id, userId: actor.user.id, name: "Tickets" });
    await deleteDataset({ actor, datasetId: id });
    expect(await entriesOf(actor.workspace.id)).toEqual([
      { action: "dataset.deleted", actorId: actor.user.id, targetType: "dataset", targetName: "Tickets", details: {} },
    ]);
  });
});
