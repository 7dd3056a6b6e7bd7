/** How the browser reads the workspace's model lifecycle registry: its query key, route and answer schema. */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";

const responses = () => import("./responses");

export const lifecycleKeys = { registry: ["lifecycle", "registry"] as const };

/** The data file's dates with the workspace's overrides; they change only when someone edits them in Settings. */
export const lifecycleRegistryQueryOptions = () =>
  queryOptions({
    queryKey: lifecycleKeys.registry,
    queryFn: () => fetchJson("/api/lifecycle", () => responses().then((m) => m.lifecycleRegistrySchema)),
    staleTime: 5 * 60_000,
  });
