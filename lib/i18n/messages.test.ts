import { describe, expect, it } from "vitest";
import de from "./messages/de.json";
import en from "./messages/en.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("German has exactly the keys English has", () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
  });

  it("has no empty messages", () => {
    for (const messages of [en, de]) {
      for (const key of keys(messages)) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(value, key).not.toBe("");
      }
    }
  });
});
