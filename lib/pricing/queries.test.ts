import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/audit/test-fixtures";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { PRICES_AS_OF } from "@/lib/models/prices";
import { listPrices, resetPrice, setPrice, workspaceTrainingCost } from "./queries";

async function seedWorkspace(name: string) {
  const user = await db.user.create({ data: { id: randomUUID(), name, email: `${randomUUID()}@example.com` } });
  const workspace = await db.workspace.create({ data: { name: `${name}'s workspace` } });
  return { workspaceId: workspace.id, userId: user.id };
}

const MINI = "gpt-4o-mini-2024-07-18";
const prices = { training: 2.5, input: 0.25, cachedInput: 0.125, output: 1 };

let alice: Awaited<ReturnType<typeof seedWorkspace>>;
let bob: Awaited<ReturnType<typeof seedWorkspace>>;

beforeAll(async () => {
  alice = await seedWorkspace("Alice");
  bob = await seedWorkspace("Bob");
});

describe("workspace prices", () => {
  it("lists the list prices of every base model, dated PRICES_AS_OF, until the workspace sets its own", async () => {
    const rows = await listPrices(alice.workspaceId);
    expect(rows.map((row) => row.model)).toEqual([
      "gpt-4.1-2025-04-14",
      "gpt-4.1-mini-2025-04-14",
      "gpt-4o-2024-08-06",
      MINI,
    ]);
    expect(rows.find((row) => row.model === MINI)).toEqual({
      model: MINI,
      training: 3,
      input: 0.3,
      cachedInput: 0.15,
      output: 1.2,
      source: "list",
      asOf: new Date(PRICES_AS_OF),
    });
  });

  it("uses a workspace's own price, dated when it was set, and only in that workspace", async () => {
    const before = Date.now();
    await setPrice({ actor: actorOf(alice), model: MINI, ...prices });
    const mini = (await listPrices(alice.workspaceId)).find((row) => row.model === MINI);
    expect(mini).toMatchObject({ ...prices, source: "workspace" });
    expect(mini?.asOf.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await db.modelPrice.findFirst({ where: { workspaceId: alice.workspaceId } })).toMatchObject({
      updatedById: alice.userId,
    });

    expect((await listPrices(bob.workspaceId)).find((row) => row.model === MINI)).toMatchObject({
      training: 3,
      source: "list",
    });
    const tokens = { billingTokens: 1_000_000, epochs: 3 };
    expect(await workspaceTrainingCost({ workspaceId: alice.workspaceId, model: MINI, ...tokens })).toBeCloseTo(7.5);
    expect(await workspaceTrainingCost({ workspaceId: bob.workspaceId, model: MINI, ...tokens })).toBeCloseTo(9);
    // A fine-tuned model is priced like its base.
    const fineTuned = `ft:${MINI}:acme:support:abc123`;
    expect(await workspaceTrainingCost({ workspaceId: alice.workspaceId, model: fineTuned, ...tokens })).toBeCloseTo(
      7.5,
    );
  });

  it("overwrites the price on a second save and goes back to the list price on reset", async () => {
    await setPrice({ actor: actorOf(alice), model: MINI, ...prices, training: 4 });
    expect(await db.modelPrice.count({ where: { workspaceId: alice.workspaceId } })).toBe(1);
    expect((await listPrices(alice.workspaceId)).find((row) => row.model === MINI)?.training).toBe(4);

    await resetPrice({ actor: actorOf(bob), model: MINI });
    expect(await db.modelPrice.count({ where: { workspaceId: alice.workspaceId } })).toBe(1);
    await resetPrice({ actor: actorOf(alice), model: MINI });
    expect((await listPrices(alice.workspaceId)).find((row) => row.model === MINI)).toMatchObject({
      training: 3,
      source: "list",
      asOf: new Date(PRICES_AS_OF),
    });
  });

  it("sets prices only for the models of the list, and costs nothing it cannot price", async () => {
    await expect(
      setPrice({ actor: actorOf(alice), model: "gpt-4.1-nano-2025-04-14", ...prices }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.modelPrice.count({ where: { workspaceId: alice.workspaceId } })).toBe(0);
    expect(
      await workspaceTrainingCost({
        workspaceId: alice.workspaceId,
        model: "gpt-4.1-nano-2025-04-14",
        billingTokens: 1_000,
        epochs: 1,
      }),
    ).toBeNull();
  });
});
