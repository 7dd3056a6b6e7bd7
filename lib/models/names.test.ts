import { describe, expect, it } from "vitest";
import {
  baseModelOf,
  checkpointStep,
  familyOf,
  isAzureFineTunedModel,
  isChatModelId,
  isFineTunedModel,
  type ModelName,
  parseModelName,
  snapshotOf,
} from "./names";

const MINI = "gpt-4o-mini-2024-07-18";
const TUNED = `ft:${MINI}:acme:support:abc123`;
const AZURE = `${MINI}.ft-0123abcd4567`;

describe("parseModelName", () => {
  it.each<[string, ModelName]>([
    [MINI, { base: MINI, kind: "base", fineTuned: MINI, step: null }],
    ["gpt-4o-mini", { base: "gpt-4o-mini", kind: "base", fineTuned: "gpt-4o-mini", step: null }],
    ["llama-3-70b", { base: "llama-3-70b", kind: "base", fineTuned: "llama-3-70b", step: null }],
    [TUNED, { base: MINI, kind: "fine_tuned", fineTuned: TUNED, step: null }],
    [`ft:${MINI}:acme::abc123`, { base: MINI, kind: "fine_tuned", fineTuned: `ft:${MINI}:acme::abc123`, step: null }],
    [`${TUNED}:ckpt-step-80`, { base: MINI, kind: "checkpoint", fineTuned: TUNED, step: 80 }],
    [AZURE, { base: MINI, kind: "fine_tuned", fineTuned: AZURE, step: null }],
    [`${AZURE}:ckpt-step-7`, { base: MINI, kind: "checkpoint", fineTuned: AZURE, step: 7 }],
    [
      "gpt-4.1-nano-2025-04-14.ft-abc123",
      {
        base: "gpt-4.1-nano-2025-04-14",
        kind: "fine_tuned",
        fineTuned: "gpt-4.1-nano-2025-04-14.ft-abc123",
        step: null,
      },
    ],
    ["ft:llama-3:me::x", { base: "llama-3", kind: "fine_tuned", fineTuned: "ft:llama-3:me::x", step: null }],
    ["llama-3.1-8b:ckpt-step-10", { base: "llama-3.1-8b", kind: "checkpoint", fineTuned: "llama-3.1-8b", step: 10 }],
  ])("%s", (model, expected) => {
    expect(parseModelName(model)).toEqual(expected);
  });

  it.each([
    ["ft:", "ft:"],
    [".ft-abc", ".ft-abc"],
    ["gpt-4o.ft-", "gpt-4o.ft-"],
  ])("reads the malformed name %s as a base model", (model, base) => {
    expect(parseModelName(model)).toMatchObject({ base, kind: "base" });
  });
});

describe("the helpers", () => {
  it.each([
    [MINI, MINI, false, false, null],
    [TUNED, MINI, true, false, null],
    [`${TUNED}:ckpt-step-80`, MINI, true, false, 80],
    [AZURE, MINI, true, true, null],
    [`${AZURE}:ckpt-step-3`, MINI, true, true, 3],
  ])("%s → base %s, fine-tuned %s, Azure %s, step %s", (model, base, fineTuned, azure, step) => {
    expect(baseModelOf(model)).toBe(base);
    expect(isFineTunedModel(model)).toBe(fineTuned);
    expect(isAzureFineTunedModel(model)).toBe(azure);
    expect(checkpointStep(model)).toBe(step);
  });
});

describe("snapshotOf", () => {
  it.each([
    ["gpt-4o-mini", MINI],
    [MINI, MINI],
    ["gpt-4o", "gpt-4o-2024-08-06"],
    ["gpt-4.1", "gpt-4.1-2025-04-14"],
    ["gpt-4.1-mini", "gpt-4.1-mini-2025-04-14"],
    ["gpt-4.1-nano", null],
    ["gpt-5", null],
    [TUNED, null],
  ])("%s → %s", (model, snapshot) => {
    expect(snapshotOf(model)).toBe(snapshot);
  });
});

describe("familyOf", () => {
  it.each([
    [MINI, "gpt-4o-mini"],
    ["gpt-4.1-2025-04-14", "gpt-4.1"],
    ["gpt-4o", "gpt-4o"],
    [TUNED, "gpt-4o-mini"],
    [AZURE, "gpt-4o-mini"],
    ["llama-3-70b", "llama-3-70b"],
  ])("%s → %s", (model, family) => {
    expect(familyOf(model)).toBe(family);
  });
});

describe("isChatModelId", () => {
  it.each(["qwen2.5:7b", "gpt-4o-mini-2024-07-18", "ft:gpt-4o-mini-2024-07-18:acme::abc123"])("%s chats", (model) => {
    expect(isChatModelId(model)).toBe(true);
  });

  it.each(["text-embedding-3-large", "gpt-4o-mini-tts", "whisper-1", "dall-e-3"])("%s does not chat", (model) => {
    expect(isChatModelId(model)).toBe(false);
  });
});
