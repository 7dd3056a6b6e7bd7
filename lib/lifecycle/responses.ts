/** The lifecycle answers' zod schemas, checked against the route handlers' types; loaded with the first fetch. */
import { z } from "zod/mini";
import type { LifecycleRegistry } from "@/lib/models/lifecycle";

const provider = z.enum(["openai", "azure"]);

export const lifecycleRegistrySchema = z.object({
  models: z.array(
    z.object({
      provider,
      model: z.string(),
      trainableUntil: z.nullable(z.string()),
      retiresOn: z.nullable(z.string()),
      source: z.string(),
    }),
  ),
  providers: z.array(z.object({ provider, newJobsUntil: z.string(), source: z.string() })),
}) satisfies z.ZodMiniType<LifecycleRegistry>;
