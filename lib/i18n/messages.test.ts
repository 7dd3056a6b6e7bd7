import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { AUTH_REASONS } from "@/lib/auth/reasons";
import { IMPORT_FILE_ERROR_CODES } from "@/lib/datasets/import/file-error";
import { DATASET_REASONS } from "@/lib/datasets/reasons";
import { DATASET_RULE_CODES } from "@/lib/datasets/report";
import { type FeatureReason, HTTP_STATUS } from "@/lib/errors";
import { JOB_REASONS } from "@/lib/jobs/reasons";
import { MEMBER_REASONS } from "@/lib/members/reasons";
import { OUTBOUND_RULES } from "@/lib/outbound/check";
import { ARCHIVE_PROBLEMS } from "@/lib/portability/errors";
import { PORTABILITY_REASONS } from "@/lib/portability/reasons";
import { PROVIDER_FAILURES, PROVIDER_STEPS } from "@/lib/providers/failures";
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

const FEATURE_REASONS = [
  ...AUTH_REASONS,
  ...DATASET_REASONS,
  ...JOB_REASONS,
  ...MEMBER_REASONS,
  ...PORTABILITY_REASONS,
] as const;
// Fails to compile when a feature's reasons join ErrorReason but not this list.
type Unlisted = Exclude<FeatureReason, (typeof FEATURE_REASONS)[number]>;
const everyReasonListed: [Unlisted] extends [never] ? true : false = true;

describe("texts for the codes the domain reports", () => {
  const sources = {
    errors: [...Object.keys(HTTP_STATUS), "internalRef"],
    "errors.reason": everyReasonListed && FEATURE_REASONS,
    "errors.provider": PROVIDER_FAILURES,
    "errors.chat": PROVIDER_FAILURES,
    "errors.step": PROVIDER_STEPS,
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
