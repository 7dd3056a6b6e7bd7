/** TanStack Query keys of the new-job form. */
export const newJobKeys = {
  models: (connectionId: string) => ["new-job", "models", connectionId] as const,
};
