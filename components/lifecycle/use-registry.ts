"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/datasets/fetch-json";
import type { LifecycleRegistry } from "@/lib/models/lifecycle";

export const lifecycleKeys = { registry: ["lifecycle", "registry"] as const };

/** The workspace's lifecycle registry; it changes only when someone edits it in Settings. */
export function useLifecycleRegistry(): LifecycleRegistry | undefined {
  return useQuery({
    queryKey: lifecycleKeys.registry,
    queryFn: () => fetchJson<LifecycleRegistry>("/api/lifecycle"),
    staleTime: 5 * 60_000,
  }).data;
}
