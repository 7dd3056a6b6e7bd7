import { describe, expect, it } from "vitest";
import {
  daysUntil,
  defaultRegistry,
  lifecycleSources,
  retirementOf,
  retiringSoon,
  trainingOutlook,
  withOverrides,
} from "./lifecycle";

const at = (iso: string) => new Date(iso);

describe("daysUntil", () => {
  it("counts whole UTC days regardless of the time of day", () => {
    expect(daysUntil("2027-01-14", at("2026-11-26T00:00:00Z"))).toBe(49);
    expect(daysUntil("2027-01-14", at("2026-11-26T23:59:59Z"))).toBe(49);
    expect(daysUntil("2027-01-14", at("2027-01-14T12:00:00Z"))).toBe(0);
    expect(daysUntil("2027-01-14", at("2027-01-20T00:00:00Z"))).toBe(-6);
  });
});

describe("the data file", () => {
  it("cites a known source for every entry and uses valid dates", () => {
    for (const entry of [...defaultRegistry.models, ...defaultRegistry.providers]) {
      expect(lifecycleSources[entry.source]).toBeTruthy();
    }
    for (const entry of defaultRegistry.models) {
      for (const date of [entry.trainableUntil, entry.retiresOn]) {
        if (date !== null) expect(Number.isNaN(Date.parse(date))).toBe(false);
      }
    }
  });
});

describe("retirementOf", () => {
  it("gives a fine-tuned model its base model's date, per provider", () => {
    const now = at("2026-11-26T08:00:00Z");
    const openai = retirementOf({
      registry: defaultRegistry,
      provider: "openai",
      model: "ft:gpt-4o-mini-2024-07-18:org:demo:abc123",
      now,
    });
    expect(openai).toEqual({ retiresOn: "2027-01-14", daysLeft: 49, retired: false });
    const azure = retirementOf({
      registry: defaultRegistry,
      provider: "azure",
      model: "gpt-4o-mini-2024-07-18.ft-0123abcd",
      now,
    });
    expect(azure?.retiresOn).toBe("2027-10-01");
  });

  it("says retired from the retirement day on, and nothing for unknown models", () => {
    const args = { registry: defaultRegistry, provider: "openai" as const, model: "gpt-4.1-2025-04-14" };
    expect(retirementOf({ ...args, now: at("2027-01-13T23:00:00Z") })?.retired).toBe(false);
    expect(retirementOf({ ...args, now: at("2027-01-14T00:00:00Z") })?.retired).toBe(true);
    expect(retirementOf({ ...args, model: "llama-3.1-8b", now: at("2026-11-26T00:00:00Z") })).toBeNull();
  });
});

describe("trainingOutlook", () => {
  it("closes on the day after the earlier of the model's and the provider's last day", () => {
    const args = { registry: defaultRegistry, provider: "openai" as const, model: "gpt-4o-2024-08-06" };
    expect(trainingOutlook({ ...args, now: at("2026-11-26T00:00:00Z") })).toEqual({
      status: "open",
      until: "2027-01-06",
      daysLeft: 41,
    });
    expect(trainingOutlook({ ...args, now: at("2027-01-06T18:00:00Z") })).toMatchObject({
      status: "open",
      daysLeft: 0,
    });
    expect(trainingOutlook({ ...args, now: at("2027-01-07T00:00:00Z") })).toEqual({
      status: "closed",
      since: "2027-01-06",
    });
  });

  it("knows models that can no longer be trained, and applies the provider cut-off to unknown models", () => {
    const now = at("2026-11-26T00:00:00Z");
    expect(
      trainingOutlook({ registry: defaultRegistry, provider: "openai", model: "gpt-4.1-nano-2025-04-14", now }),
    ).toEqual({ status: "closed", since: "2026-10-23" });
    expect(trainingOutlook({ registry: defaultRegistry, provider: "openai", model: "my-model", now })).toMatchObject({
      status: "open",
      until: "2027-01-06",
    });
    expect(trainingOutlook({ registry: defaultRegistry, provider: "azure", model: "my-model", now })).toEqual({
      status: "unknown",
    });
    expect(
      trainingOutlook({ registry: defaultRegistry, provider: "azure", model: "gpt-4.1-nano-2025-04-14", now }),
    ).toMatchObject({ status: "open", until: "2027-04-14" });
  });
});

describe("withOverrides and retiringSoon", () => {
  it("lets an override move a model into the warning window, soonest first", () => {
    const now = at("2026-11-26T09:00:00Z");
    const registry = withOverrides(defaultRegistry, [
      {
        provider: "openai",
        model: "gpt-4.1-2025-04-14",
        trainableUntil: null,
        retiresOn: "2026-12-06",
        source: "workspace",
      },
      { provider: "openai", model: "my-llama", trainableUntil: null, retiresOn: "2027-06-01", source: "workspace" },
    ]);
    expect(
      registry.models.filter((entry) => entry.model === "gpt-4.1-2025-04-14" && entry.provider === "openai"),
    ).toHaveLength(1);
    const soon = retiringSoon({
      registry,
      now,
      models: [
        ...["ft:gpt-4o-mini-2024-07-18:org::a1", "ft:gpt-4.1-2025-04-14:org::b2", "ft:gpt-4.1-2025-04-14:org::b2"].map(
          (model) => ({ model, provider: "openai" as const }),
        ),
        { model: "gpt-4o-mini-2024-07-18.ft-1", provider: "azure" },
        { model: "my-llama", provider: "openai" },
      ],
    });
    expect(soon.map((item) => [item.model, item.daysLeft])).toEqual([
      ["ft:gpt-4.1-2025-04-14:org::b2", 10],
      ["ft:gpt-4o-mini-2024-07-18:org::a1", 49],
    ]);
  });

  it("takes a different window", () => {
    const soon = retiringSoon({
      registry: defaultRegistry,
      now: at("2026-11-26T00:00:00Z"),
      withinDays: 30,
      models: [{ model: "gpt-4o-2024-08-06", provider: "openai" }],
    });
    expect(soon).toEqual([]);
  });
});
