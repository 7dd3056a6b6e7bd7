/** How the browser reads the workspace's model lifecycle registry: its query key, route and answer schema. */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod/mini";
import { fetchJson } from "@/lib/http/fetch-json";
import type { LifecycleRegistry } from "@/lib/models/lifecycle";

export const lifecycleKeys = { registry: ["lifecycle", "registry"] as const };

const provider = z.enum(["openai", "azure"]);
const lifecycleRegistrySchema = z.object({
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

/** The data file's dates with the workspace's overrides; they change only when someone edits them in Settings. */
export const lifecycleRegistryQueryOptions = () =>
  queryOptions({
    queryKey: lifecycleKeys.registry,
    queryFn: () => fetchJson("/api/lifecycle", lifecycleRegistrySchema),
    staleTime: 5 * 60_000,
  });
