/** TanStack Query keys of the dataset studio. */
export const datasetKeys = {
  examples: (datasetId: string) => ["datasets", datasetId, "examples"] as const,
  /** Under `examples`, so whatever refreshes the list refreshes its pages. */
  page: (datasetId: string, query: string, page: number) =>
    ["datasets", datasetId, "examples", "page", query, page] as const,
  example: (datasetId: string, exampleId: string) => ["datasets", datasetId, "examples", exampleId] as const,
  diff: (datasetId: string, fromVersionId: string, toVersionId: string) =>
    ["datasets", datasetId, "diff", fromVersionId, toVersionId] as const,
};
