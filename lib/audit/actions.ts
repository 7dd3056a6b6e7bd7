/** What the audit log records; the page's filter and the translations follow this list. */
export const AUDIT_ACTIONS = [
  "auth.signed_in",
  "auth.signed_out_everywhere",
  "connection.created",
  "connection.updated",
  "connection.key_rotated",
  "connection.tested",
  "connection.deleted",
  "dataset.version_frozen",
  "job.started",
  "job.cancelled",
  "job.paused",
  "job.resumed",
  "member.invited",
  "member.invitation_revoked",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "member.left",
  "export.version",
  "export.conversation",
  "export.audit",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
