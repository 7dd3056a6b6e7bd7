import { describe, expect, it } from "vitest";
import { modelTakesImages, tokenLimitForModel } from "./limits";

describe("tokenLimitForModel", () => {
  it.each([
    ["gpt-4o-mini-2024-07-18", 65_536],
    ["gpt-4o-2024-08-06", 65_536],
    ["gpt-4.1-2025-04-14", 65_536],
    ["gpt-4.1-mini-2025-04-14", 65_536],
    ["gpt-4.1-nano-2025-04-14", 32_768],
    ["gpt-3.5-turbo-0125", 16_385],
    ["ft:gpt-4.1-nano-2025-04-14:acme::abc123", 32_768],
    ["ft:gpt-3.5-turbo-0125:acme::abc123:ckpt-step-10", 16_385],
    ["gpt-4.1-nano-2025-04-14.ft-abc123", 32_768],
    ["some-unknown-model", 65_536],
  ])("%s trains on at most %i tokens of an example", (model, limit) => {
    expect(tokenLimitForModel(model)).toBe(limit);
  });
});

describe("modelTakesImages", () => {
  const withImages = ["gpt-4o-2024-08-06", "gpt-4.1-2025-04-14", "ft:gpt-4o-2024-08-06:acme::abc123"];
  it.each([...withImages, "gpt-4o-2024-08-06.ft-abc123"])("%s takes images", (model) => {
    expect(modelTakesImages(model)).toBe(true);
  });

  it.each(["gpt-4o-mini-2024-07-18", "gpt-4.1-mini-2025-04-14", "some-unknown-model"])(
    "%s takes text only",
    (model) => {
      expect(modelTakesImages(model)).toBe(false);
    },
  );
});
