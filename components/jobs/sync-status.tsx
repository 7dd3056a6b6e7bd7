"use client";
import { RefreshCw } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useErrorText } from "@/components/errors/use-error-text";
import { Alert } from "@/components/ui/alert";
import { isProviderFailure } from "@/lib/providers/failures";

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
  const errorText = useErrorText();
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
          {isProviderFailure(syncError) ? errorText({ reason: syncError }) : t("jobs.sync.unknownFailure")}
        </Alert>
      )}
    </div>
  );
}
