/** Writes the audit log. Details pass an allow-list of keys and plain values, so no secret can slip in. */
import "server-only";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import type { AuditAction } from "./events";

/** The only detail keys an entry keeps; anything else (apiKey, token, secret, body …) is dropped. */
const DETAIL_KEYS = [
  "kind",
  "role",
  "previousRole",
  "email",
  "result",
  "reason",
  "status",
  "model",
  "part",
  "examples",
  "rows",
  "fields",
  "scopes",
  /** "api" when the step came through the REST API with a personal token */
  "via",
  "datasets",
  "versions",
  "jobs",
  "conversations",
  "previousName",
  "events",
  "enabled",
  "trainingPrice",
  "inputPrice",
  "cachedInputPrice",
  "outputPrice",
  /** who may sign up: open, invite or closed */
  "mode",
  "previousMode",
] as const;

type DetailKey = (typeof DETAIL_KEYS)[number];
export type AuditDetails = Partial<Record<DetailKey, string | number | boolean | null | string[]>>;

// Values that look like credentials are refused even under an allowed key.
const SECRET_PATTERN = /(sk-[A-Za-z0-9_-]{6,}|whsec_[A-Za-z0-9+/=]{6,}|Bearer\s+\S+|[A-Za-z0-9+/_=-]{40,})/;
const MAX_TEXT = 200;

function cleanValue(value: unknown): string | number | boolean | null | string[] | undefined {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return SECRET_PATTERN.test(value) ? "[redacted]" : value.slice(0, MAX_TEXT);
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === "string").map((item) => cleanValue(item) as string);
  return undefined;
}

/** The details as stored: allowed keys only, plain values only, nothing that looks like a secret. */
export function cleanDetails(details: Record<string, unknown>): AuditDetails {
  const clean: AuditDetails = {};
  for (const key of DETAIL_KEYS) {
    const value = cleanValue(details[key]);
    if (value !== undefined) clean[key] = value;
  }
  return clean;
}

/** Who did it; a personal API token's id marks the step as taken through the REST API. */
export type AuditActor = {
  user: { id: string; name: string; email: string };
  workspace: { id: string };
  tokenId?: string;
};
type AuditTarget = { type: string; id: string; name?: string | null } | null;

/** Records one entry. A failure to record is logged, never allowed to undo what the person just did. */
export async function record(
  actor: AuditActor,
  action: AuditAction,
  target: AuditTarget = null,
  details: Record<string, unknown> = {},
): Promise<void> {
  try {
    await db.auditEntry.create({
      data: {
        workspaceId: actor.workspace.id,
        actorId: actor.user.id,
        actorName: actor.user.name,
        actorEmail: actor.user.email,
        action,
        targetType: target?.type ?? null,
        targetId: target?.id ?? null,
        targetName: target?.name ? (cleanValue(target.name) as string) : null,
        details: JSON.stringify(cleanDetails(actor.tokenId ? { ...details, via: "api" } : details)),
      },
    });
  } catch (error) {
    logger.error(`Could not record ${action} in the audit log`, error);
  }
}
