import { describe, expect, it } from "vitest";
import { mergeBaseModels } from "./base-models";

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
