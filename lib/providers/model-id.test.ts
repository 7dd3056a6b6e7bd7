import { describe, expect, it } from "vitest";
import { isSafeModelId } from "./model-id";

describe("isSafeModelId", () => {
  it.each([
    "gpt-4.1-mini-2025-04-14",
    "ft:gpt-4o-mini-2024-07-18:acme::AbC123",
    "ft:gpt-4o-mini-2024-07-18:acme::AbC123:ckpt-step-100",
    "my_deployment",
    "meta-llama/Llama-3.1-8B-Instruct",
    "llama3.2:3b",
  ])("takes %s", (id) => {
    expect(isSafeModelId(id)).toBe(true);
  });

  const unsafe = ["../../admin", "gpt-4o/../../deployments/other", "model?api-version=1", "model#x", "model name"];
  it.each([...unsafe, "model%2F..", ""])("refuses %j", (id) => {
    expect(isSafeModelId(id)).toBe(false);
  });
});
