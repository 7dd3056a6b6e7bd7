"use client";
import { useQuery } from "@tanstack/react-query";
import { lifecycleRegistryQueryOptions } from "@/lib/lifecycle/client";
import type { LifecycleRegistry } from "@/lib/models/lifecycle";

/** The workspace's lifecycle registry; it changes only when someone edits it in Settings. */
export function useLifecycleRegistry(): LifecycleRegistry | undefined {
  return useQuery(lifecycleRegistryQueryOptions()).data;
}
