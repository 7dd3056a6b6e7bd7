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
