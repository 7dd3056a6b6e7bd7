import { describe, expect, it } from "vitest";
import { jobFormSchema } from "@/lib/jobs/create/schema";
import { createJobBodySchema, jobFormInputOf } from "./schema";

const body = (extra: object = {}) =>
  createJobBodySchema.parse({ connectionId: "c1", model: "gpt-4o-mini-2024-07-18", versionId: "v1", ...extra });

describe("jobFormInputOf", () => {
  it("turns the API's short body into a valid new-job form with auto hyperparameters", () => {
    const form = jobFormSchema.parse(jobFormInputOf(body({ metadata: { team: "support" } }), false));
    expect(form.training).toEqual({ source: "version", versionId: "v1" });
    expect(form.validation).toEqual({ source: "none" });
    expect(form.hyperparameters).toMatchObject({
      n_epochs: "auto",
      batch_size: "auto",
      learning_rate_multiplier: "auto",
    });
    expect(form.metadata).toEqual([{ key: "team", value: "support" }]);
    expect(form.suffix).toBeNull();
    expect(form.sendSensitiveData).toBe(false);
  });

  it('picks the version\'s own validation part for "auto" only when it has one', () => {
    expect(jobFormInputOf(body(), true).validation).toEqual({ source: "split" });
    expect(jobFormInputOf(body({ validation: "none" }), true).validation).toEqual({ source: "none" });
    expect(jobFormInputOf(body({ validation: { versionId: "v2" } }), false).validation).toEqual({
      source: "version",
      versionId: "v2",
    });
  });

  it("keeps the form's checks: a bad suffix is refused with its message key", () => {
    const parsed = jobFormSchema.safeParse(jobFormInputOf(body({ suffix: "no spaces" }), false));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("invalidSuffix");
  });
});
