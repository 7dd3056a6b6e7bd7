"use client";
import { useTranslations } from "next-intl";

/** What shows while a part of the page loads on demand: a spinner and "Loading…", announced politely. */
function Loading({ className }: { className?: string }) {
  const t = useTranslations("common");
  return (
    <p role="status" className={className ?? "flex items-center gap-2 text-sm text-fg-muted"}>
      <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />
      {t("loading")}
    </p>
  );
}

/** The same over the page, for a dialog that is still on its way. */
export function LoadingOverlay() {
  return (
    <div className="fixed inset-0 z-40 grid place-items-center bg-black/40">
      <Loading className="flex items-center gap-2 rounded-md bg-surface px-4 py-3 text-sm text-fg shadow-xl" />
    </div>
  );
}
