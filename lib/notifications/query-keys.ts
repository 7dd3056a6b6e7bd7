/** TanStack Query keys of the notification bell. */
export const notificationKeys = {
  list: () => ["notifications"] as const,
};
