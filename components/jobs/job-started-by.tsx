import { ExternalLink } from "lucide-react";
import { useTranslations } from "next-intl";

/** Who started a job, or the mark of a job found at the provider that was started elsewhere. */
export function JobStartedBy({ startedBy, external }: { startedBy: string | null; external: boolean }) {
  const t = useTranslations("jobs");
  if (external)
    return (
      <span className="inline-flex items-center gap-1 rounded-full border border-border px-2 py-0.5 text-xs whitespace-nowrap text-fg-muted">
        <ExternalLink aria-hidden className="size-3" />
        {t("external")}
      </span>
    );
  return <span>{startedBy ?? t("formerMember")}</span>;
}
