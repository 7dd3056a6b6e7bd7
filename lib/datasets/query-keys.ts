/** TanStack Query keys of the dataset studio. */
export const datasetKeys = {
  examples: (datasetId: string) => ["datasets", datasetId, "examples"] as const,
  example: (datasetId: string, exampleId: string) => ["datasets", datasetId, "examples", exampleId] as const,
};
