/** The dataset studio's answers as zod schemas, checked against the route handlers' types; loaded with the first fetch. */
import { z } from "zod/mini";
import { exampleIssueSchema } from "@/lib/training-data/issues";
import type { Example, ExamplePage, FilterCounts, VersionDiff } from "./client";

export const examplePageSchema = z.object({
  total: z.number(),
  offset: z.number(),
  examples: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      preview: z.string(),
      tokens: z.number(),
      errorCount: z.number(),
      warningCount: z.number(),
    }),
  ),
  counts: z.optional(z.object({ all: z.number(), errors: z.number(), warnings: z.number(), sensitive: z.number() })),
}) satisfies z.ZodMiniType<ExamplePage & { counts?: FilterCounts }>;

export const exampleSchema = z.object({
  id: z.string(),
  position: z.number(),
  data: z.record(z.string(), z.unknown()),
  tokens: z.number(),
  issues: z.array(exampleIssueSchema),
  revision: z.number(),
}) satisfies z.ZodMiniType<Example>;

export const versionDiffSchema = z.object({
  from: z.object({ number: z.number() }),
  to: z.object({ number: z.number() }),
  added: z.number(),
  removed: z.number(),
  changed: z.number(),
  unchanged: z.number(),
  items: z.array(
    z.object({
      kind: z.enum(["added", "removed", "changed"]),
      question: z.string(),
      before: z.optional(z.string()),
      after: z.optional(z.string()),
    }),
  ),
}) satisfies z.ZodMiniType<VersionDiff>;

export const datasetImportSchema = z.object({ imported: z.number(), format: z.string(), converted: z.boolean() });
