import { describe, expect, it, vi } from "vitest";
import { sandboxCredentials } from "@/lib/connections/queries";
import { seedWorkspace } from "@/lib/datasets/test-fixtures";
import { db } from "@/lib/db/client";
import { listBaseModels, mergeBaseModels } from "./base-models";

// The provider's models list at its module boundary: this one cannot be read.
vi.mock("@/lib/providers/fine-tuning", () => ({
  fineTuningClient: () => ({
    listModelIds: () => Promise.reject(new Error("connection reset")),
  }),
}));

const ids = (choices: { id: string }[]) => choices.map((choice) => choice.id);

describe("mergeBaseModels", () => {
  it("offers the known models and the fine-tuned ones, without checkpoints or models that cannot be trained", () => {
    const choices = mergeBaseModels({
      kind: "openai",
      customBaseUrl: false,
      providerIds: [
        "gpt-4o-mini-2024-07-18",
        "gpt-5",
        "text-embedding-3-small",
        "ft:gpt-4o-mini-2024-07-18:org:support:abc123",
        "ft:gpt-4o-mini-2024-07-18:org:support:abc123:ckpt-step-10",
      ],
      fineTunedIds: ["ft:gpt-4.1-mini-2025-04-14:org::xyz"],
    });
    expect(ids(choices)).toEqual([
      "gpt-4.1-2025-04-14",
      "gpt-4.1-mini-2025-04-14",
      "gpt-4o-2024-08-06",
      "gpt-4o-mini-2024-07-18",
      "ft:gpt-4.1-mini-2025-04-14:org::xyz",
      "ft:gpt-4o-mini-2024-07-18:org:support:abc123",
    ]);
    expect(choices.at(-1)?.group).toBe("fineTuned");
  });

  it("lists a fine-tuned model once when both the provider and the job history know it", () => {
    const model = "ft:gpt-4o-mini-2024-07-18:org-sandbox::a1";
    const choices = mergeBaseModels({
      kind: "sandbox",
      customBaseUrl: false,
      providerIds: [model],
      fineTunedIds: [model],
    });
    expect(ids(choices).filter((id) => id === model)).toHaveLength(1);
  });

  it("adds a compatible service's own models, and Azure's names", () => {
    const compatible = mergeBaseModels({
      kind: "openai",
      customBaseUrl: true,
      providerIds: ["llama-3.1-8b"],
      fineTunedIds: [],
    });
    expect(compatible.find((choice) => choice.id === "llama-3.1-8b")?.group).toBe("other");
    const compatibleKind = mergeBaseModels({
      kind: "compatible",
      customBaseUrl: true,
      providerIds: ["llama-3.1-8b", "llama-3.1-8b:ckpt-step-10"],
      fineTunedIds: [],
    });
    expect(compatibleKind.filter((choice) => choice.group === "other")).toEqual([
      { id: "llama-3.1-8b", group: "other" },
    ]);
    const azure = mergeBaseModels({
      kind: "azure",
      customBaseUrl: false,
      providerIds: [],
      fineTunedIds: ["gpt-4.1-mini-2025-04-14.ft-0123abcd"],
    });
    expect(ids(azure)).toContain("gpt-4.1-nano-2025-04-14");
    expect(azure.at(-1)).toEqual({ id: "gpt-4.1-mini-2025-04-14.ft-0123abcd", group: "fineTuned" });
  });
});

describe("listBaseModels", () => {
  it("falls back to the known models and the workspace's own fine-tuned ones, saying why", async () => {
    const { workspaceId } = await seedWorkspace("Lena");
    const connection = await db.connection.create({
      data: { workspaceId, kind: "sandbox", name: "Sandbox", ...sandboxCredentials() },
    });
    await db.job.create({
      data: {
        workspaceId,
        connectionId: connection.id,
        connectionName: "Sandbox",
        connectionKind: "sandbox",
        providerJobId: "ftjob-done",
        status: "succeeded",
        baseModel: "gpt-4o-mini-2024-07-18",
        method: "supervised",
        trainingFileId: "file-1",
        fineTunedModel: "ft:gpt-4o-mini-2024-07-18:org-sandbox::done1",
        createdAt: new Date(),
      },
    });
    const list = await listBaseModels({ workspaceId, connectionId: connection.id });
    expect(list.failure).toBe("unexpected");
    expect(ids(list.models)).toEqual([
      "gpt-4.1-2025-04-14",
      "gpt-4.1-mini-2025-04-14",
      "gpt-4o-2024-08-06",
      "gpt-4o-mini-2024-07-18",
      "ft:gpt-4o-mini-2024-07-18:org-sandbox::done1",
    ]);
    const other = await seedWorkspace("Mo");
    await expect(listBaseModels({ workspaceId: other.workspaceId, connectionId: connection.id })).rejects.toMatchObject(
      {
        code: "not_found",
      },
    );
  });
});
