/** A notification as the bell shows it (dates as ISO strings: it travels as JSON). */
export type NotificationView = {
  id: string;
  /** job.succeeded | job.failed | job.cancelled */
  kind: string;
  jobId: string | null;
  /** the fine-tuned model's name, else the provider's job id */
  jobLabel: string | null;
  createdAt: string;
  read: boolean;
};

export type NotificationList = { items: NotificationView[]; unread: number };
