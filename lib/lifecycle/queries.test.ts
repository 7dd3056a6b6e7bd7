import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { retirementOf } from "@/lib/models/lifecycle";
import { listRetiringModels, removeLifecycleOverride, setLifecycleOverride, workspaceRegistry } from "./queries";

const MINI = "gpt-4o-mini-2024-07-18";
const NOW = new Date("2026-11-26T12:00:00Z");

async function workspaceWithJobs(jobs: { model: string | null; kind: string; status?: string }[]) {
  const workspace = await db.workspace.create({ data: { name: "W" } });
  for (const job of jobs) {
    await db.job.create({
      data: {
        workspaceId: workspace.id,
        connectionName: `${job.kind} connection`,
        connectionKind: job.kind,
        providerJobId: `ftjob-${randomUUID()}`,
        status: job.status ?? "succeeded",
        baseModel: MINI,
        method: "supervised",
        trainingFileId: "file-x",
        fineTunedModel: job.model,
        createdAt: new Date(),
      },
    });
  }
  return workspace.id;
}

describe("workspace overrides", () => {
  it("replace the data file's dates for one workspace only, and can be removed", async () => {
    const mine = await workspaceWithJobs([]);
    const other = await workspaceWithJobs([]);
    await setLifecycleOverride(mine, {
      provider: "openai",
      model: MINI,
      trainableUntil: null,
      retiresOn: "2026-12-06",
      note: "announced early",
    });
    const args = { provider: "openai" as const, model: `ft:${MINI}:org::x`, now: NOW };
    expect(retirementOf({ ...args, registry: await workspaceRegistry(mine) })?.daysLeft).toBe(10);
    expect(retirementOf({ ...args, registry: await workspaceRegistry(other) })?.daysLeft).toBe(49);

    await expect(removeLifecycleOverride(other, { provider: "openai", model: MINI })).rejects.toBeInstanceOf(AppError);
    await removeLifecycleOverride(mine, { provider: "openai", model: MINI });
    expect(retirementOf({ ...args, registry: await workspaceRegistry(mine) })?.daysLeft).toBe(49);
  });
});

describe("listRetiringModels", () => {
  it("lists the succeeded fine-tuned models retiring within 90 days, by their provider's dates", async () => {
    const workspaceId = await workspaceWithJobs([
      { model: `ft:${MINI}:org::openai1`, kind: "openai" },
      { model: `ft:${MINI}:org::sandbox1`, kind: "sandbox" },
      { model: `${MINI}.ft-0011aabb`, kind: "azure" },
      { model: `ft:${MINI}:org::failed`, kind: "openai", status: "failed" },
      { model: null, kind: "openai", status: "running" },
      { model: "ft:llama-3.1-8b:org::own", kind: "compatible" },
    ]);
    const retiring = await listRetiringModels(workspaceId, NOW);
    expect(retiring.map((item) => [item.model, item.retiresOn, item.daysLeft]).sort()).toEqual([
      [`ft:${MINI}:org::openai1`, "2027-01-14", 49],
      [`ft:${MINI}:org::sandbox1`, "2027-01-14", 49],
    ]);
    // Azure's fine-tunes of the same base run until October 2027; OpenAI's have stopped by then and stay listed.
    const later = await listRetiringModels(workspaceId, new Date("2027-08-01T00:00:00Z"));
    expect(later.map((item) => [item.model, item.retired])).toEqual([
      [`ft:${MINI}:org::openai1`, true],
      [`ft:${MINI}:org::sandbox1`, true],
      [`${MINI}.ft-0011aabb`, false],
    ]);
  });
});
