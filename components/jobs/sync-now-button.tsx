"use client";
import { useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { syncJobsNowAction } from "@/app/(app)/jobs/actions";
import { Button } from "@/components/ui/button";
import { jobKeys } from "@/lib/jobs/client";

type Outcome = { imported: number; synced: number; failed: number } | "error";

/** "Sync now": imports jobs started outside the app and refreshes the live ones, then reloads the list. */
export function SyncNowButton() {
  const t = useTranslations("jobs.syncNow");
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function sync() {
    startTransition(async () => {
      const result = await syncJobsNowAction({});
      setOutcome(result.ok ? result.data : "error");
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className="text-sm text-fg-muted">
        {outcome === "error" ? t("error") : outcome && (outcome.failed > 0 ? t("partly", outcome) : t("done", outcome))}
      </p>
      <Button variant="secondary" onClick={sync} pending={pending}>
        {!pending && <RefreshCw aria-hidden className="size-4" />}
        {t("button")}
      </Button>
    </div>
  );
}
