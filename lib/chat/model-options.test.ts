import { describe, expect, it } from "vitest";
import { checkpointStep } from "@/lib/models/names";
import { modelKindOf, modelOptions } from "./model-options";

const TUNED = "ft:gpt-4o-mini-2024-07-18:acme:t1000:abc";

describe("model options", () => {
  it("tells base models, fine-tuned models and checkpoints apart", () => {
    expect(modelKindOf("gpt-4o-mini")).toBe("base");
    expect(modelKindOf(TUNED)).toBe("fine_tuned");
    expect(modelKindOf("gpt-4o-2024-08-06.ft-123")).toBe("fine_tuned");
    expect(modelKindOf(`${TUNED}:ckpt-step-80`)).toBe("checkpoint");
    expect(checkpointStep(`${TUNED}:ckpt-step-80`)).toBe(80);
    expect(checkpointStep(TUNED)).toBeNull();
  });

  it("lists each id once: fine-tuned first, then checkpoints, then base models", () => {
    const ids = ["gpt-4o-mini", `${TUNED}:ckpt-step-90`, TUNED, "gpt-4.1", `${TUNED}:ckpt-step-80`, TUNED];
    expect(modelOptions(ids).map((option) => option.model)).toEqual([
      TUNED,
      `${TUNED}:ckpt-step-80`,
      `${TUNED}:ckpt-step-90`,
      "gpt-4.1",
      "gpt-4o-mini",
    ]);
  });
});
