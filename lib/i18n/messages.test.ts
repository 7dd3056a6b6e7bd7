import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { IMPORT_FILE_ERROR_CODES } from "@/lib/datasets/import/file-error";
import { DATASET_RULE_CODES } from "@/lib/datasets/report";
import { OUTBOUND_RULES } from "@/lib/outbound/check";
import { ARCHIVE_PROBLEMS } from "@/lib/portability/errors";
import { EXAMPLE_ISSUE_CODES } from "@/lib/training-data/issues";
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

describe("texts for the codes the domain reports", () => {
  const sources = {
    "datasets.issues": EXAMPLE_ISSUE_CODES,
    "datasets.import.errors": IMPORT_FILE_ERROR_CODES,
    "datasets.report.rules": DATASET_RULE_CODES,
    "portability.import.errors": ARCHIVE_PROBLEMS,
    outbound: OUTBOUND_RULES,
  };

  it.each(Object.entries(sources))("%s has a well-formed English and German text per code", (namespace, codes) => {
    for (const [locale, messages] of [
      ["en", en],
      ["de", de],
    ] as const) {
      const t = createTranslator({
        locale,
        messages,
        onError: (error) => {
          throw error;
        },
      });
      for (const code of codes) {
        const raw = String(t.raw(`${namespace}.${code}` as never));
        // Every placeholder gets a number: it fills text, plural and select (as "other") alike.
        const params = Object.fromEntries([...raw.matchAll(/\{(\w+)/g)].map((match) => [match[1], 2]));
        const text = t(`${namespace}.${code}` as never, params as never);
        expect(text, `${locale} ${namespace}.${code}`).not.toBe("");
      }
    }
  });
});
