/** Reads the audit log: filtered by person, action and date range, newest first, and as CSV. */
import "server-only";
import { db } from "@/lib/db/client";
import { type AuditActor, type AuditDetails, record } from "./record";
import type { AuditFilter } from "./schema";

type AuditEntryRow = {
  id: string;
  createdAt: Date;
  actorId: string | null;
  actorName: string;
  actorEmail: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  details: AuditDetails;
};

export const AUDIT_PAGE_SIZE = 100;

function whereOf(workspaceId: string, filter: AuditFilter) {
  return {
    workspaceId,
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
}

function toRow(entry: Omit<AuditEntryRow, "details"> & { details: string }): AuditEntryRow {
  let details: AuditDetails = {};
  try {
    details = JSON.parse(entry.details) as AuditDetails;
  } catch {
    // stored by record(), so always JSON; an unreadable row shows without details
  }
  return { ...entry, details };
}

/** One page of entries; `take` rows at most (the CSV export asks for all). */
export async function listAuditEntries({
  workspaceId,
  filter,
  take = AUDIT_PAGE_SIZE,
}: {
  workspaceId: string;
  filter: AuditFilter;
  take?: number;
}): Promise<AuditEntryRow[]> {
  const entries = await db.auditEntry.findMany({
    where: whereOf(workspaceId, filter),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return entries.map(toRow);
}

/** The people who appear in a workspace's log, for the person filter. */
export async function listAuditActors(workspaceId: string) {
  const actors = await db.auditEntry.findMany({
    where: { workspaceId, actorId: { not: null } },
    distinct: ["actorId"],
    select: { actorId: true, actorName: true, actorEmail: true },
    orderBy: { actorName: "asc" },
  });
  return actors.map((actor) => ({ id: actor.actorId ?? "", name: actor.actorName, email: actor.actorEmail }));
}

function csvCell(value: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function auditCsv(entries: AuditEntryRow[]): string {
  const header = ["time", "person", "email", "action", "target_type", "target_id", "target_name", "details"];
  const lines = entries.map((entry) =>
    [
      entry.createdAt.toISOString(),
      entry.actorName,
      entry.actorEmail,
      entry.action,
      entry.targetType ?? "",
      entry.targetId ?? "",
      entry.targetName ?? "",
      JSON.stringify(entry.details),
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[header.join(","), ...lines].join("\r\n")}\r\n`;
}

/** The filtered log as CSV, the export itself recorded in it. */
export async function exportAuditCsv({ actor, filter }: { actor: AuditActor; filter: AuditFilter }): Promise<string> {
  const entries = await listAuditEntries({ workspaceId: actor.workspace.id, filter, take: 100_000 });
  await record(actor, "export.audit", null, { rows: entries.length });
  return auditCsv(entries);
}
