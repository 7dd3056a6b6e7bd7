"use client";
import { RefreshCw } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

const PROVIDER_FAILURES = new Set([
  "invalid_key",
  "forbidden",
  "not_found",
  "rate_limited",
  "server_error",
  "timeout",
  "unreachable",
  "bad_request",
  "fine_tuning_unavailable",
  "blocked",
  "unexpected",
]);

/** When the page last heard from the app and the app from the provider, and why a sync failed. */
export function SyncStatus({
  refreshedAt,
  syncedAt,
  syncError,
  active,
}: {
  refreshedAt: number;
  syncedAt: string | null;
  syncError: string | null;
  active: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  // A clock for the "3 s ago" text: re-renders every second while anything is live.
  const now = useNow({ updateInterval: active ? 1_000 : 60_000 });
  const ago = (time: number) => format.relativeTime(Math.min(time, now.getTime()), now);
  return (
    <div className="flex flex-col gap-2">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-fg-muted" data-testid="sync-status">
        <span className="inline-flex items-center gap-1">
          <RefreshCw aria-hidden className={active ? "size-3 animate-spin [animation-duration:3s]" : "size-3"} />
          {t("jobs.sync.refreshed", { when: ago(refreshedAt) })}
        </span>
        <span>
          {syncedAt ? t("jobs.sync.synced", { when: ago(new Date(syncedAt).getTime()) }) : t("jobs.sync.neverSynced")}
        </span>
      </p>
      {syncError && (
        <Alert tone="info">
          {t("jobs.sync.failed")}{" "}
          {PROVIDER_FAILURES.has(syncError) ? t(`connections.failure.${syncError}`) : t("jobs.sync.unknownFailure")}
        </Alert>
      )}
    </div>
  );
}
