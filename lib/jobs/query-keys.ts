/** TanStack Query keys of the jobs pages. */
export const jobKeys = {
  list: (search: string) => ["jobs", "list", search] as const,
  detail: (jobId: string) => ["jobs", jobId] as const,
  events: (jobId: string, level: string) => ["jobs", jobId, "events", level] as const,
  metrics: (jobId: string) => ["jobs", jobId, "metrics"] as const,
};
