import { describe, expect, it } from "vitest";
import { SandboxError } from "../errors";
import { readCreateJobRequest } from "./request";

const base = { model: "gpt-4o-mini", training_file: "file-abc" };

function refusal(body: Record<string, unknown>) {
  try {
    readCreateJobRequest(body);
  } catch (error) {
    if (error instanceof SandboxError) return { status: error.status, param: error.details.param };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("readCreateJobRequest", () => {
  it("defaults to supervised training with auto hyperparameters", () => {
    expect(readCreateJobRequest(base)).toEqual({
      model: "gpt-4o-mini",
      trainingFile: "file-abc",
      validationFile: null,
      method: "supervised",
      requested: {},
      suffix: null,
      seed: null,
      metadata: null,
    });
  });

  it("reads method hyperparameters over the deprecated top-level ones", () => {
    const request = readCreateJobRequest({
      ...base,
      hyperparameters: { n_epochs: 2, batch_size: 4 },
      method: {
        type: "supervised",
        supervised: { hyperparameters: { n_epochs: 5, learning_rate_multiplier: "auto" } },
      },
    });
    expect(request.requested).toEqual({ n_epochs: 5, batch_size: 4, learning_rate_multiplier: "auto" });
  });

  it("accepts DPO with beta", () => {
    const request = readCreateJobRequest({ ...base, method: { type: "dpo", dpo: { hyperparameters: { beta: 0.2 } } } });
    expect(request).toMatchObject({ method: "dpo", requested: { beta: 0.2 } });
  });

  it.each([
    [{ model: "" }, "model"],
    [{ training_file: 3 }, "training_file"],
    [{ suffix: "x".repeat(65) }, "suffix"],
    [{ seed: -1 }, "seed"],
    [{ hyperparameters: { n_epochs: 0 } }, "hyperparameters.n_epochs"],
    [{ hyperparameters: { batch_size: 1.5 } }, "hyperparameters.batch_size"],
    [
      { method: { type: "supervised", supervised: { hyperparameters: { beta: 0.1 } } } },
      "method.supervised.hyperparameters.beta",
    ],
    [{ method: { type: "reinforcement" } }, "method.type"],
    [{ metadata: { key: 5 } }, "metadata"],
    [{ metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, "v"])) }, "metadata"],
  ])("refuses %j naming %s", (change, param) => {
    expect(refusal({ ...base, ...change })).toEqual({ status: 400, param });
  });
});
