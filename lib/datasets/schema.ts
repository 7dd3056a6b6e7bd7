/** What the dataset studio's actions accept from the browser. */
import { z } from "zod";

export const datasetNameSchema = z.object({ name: z.string().trim().min(1).max(120) });
export const datasetIdSchema = z.object({ datasetId: z.string().min(1) });
export const exampleIdSchema = datasetIdSchema.extend({ exampleId: z.string().min(1) });
export const saveExampleSchema = exampleIdSchema.extend({
  // The example as the editor holds it; checking it is the domain's job, which reports every problem.
  data: z.unknown(),
  expectedRevision: z.number().int().min(0),
});

export const freezeVersionSchema = datasetIdSchema.extend({
  validationRatio: z.number().min(0).max(0.5).default(0),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
  stratify: z.boolean().default(true),
});

export const systemPromptSchema = datasetIdSchema.extend({ systemPrompt: z.string().max(100_000) });

/** The two versions to compare, from the diff route's query string. */
export const versionDiffSchema = z.object({ from: z.string().min(1), to: z.string().min(1) });
