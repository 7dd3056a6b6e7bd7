import { Ban, CheckCircle2, CircleDashed, CircleX, Loader2, PauseCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { JobStatus } from "@/lib/jobs/status";

const STYLE: Record<JobStatus, { className: string; Icon: typeof Ban }> = {
  validating_files: {
    className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
    Icon: CircleDashed,
  },
  queued: { className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200", Icon: CircleDashed },
  running: { className: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200", Icon: Loader2 },
  paused: { className: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200", Icon: PauseCircle },
  succeeded: { className: "bg-success-bg text-success", Icon: CheckCircle2 },
  failed: { className: "bg-danger-bg text-danger", Icon: CircleX },
  cancelled: { className: "bg-muted text-fg-muted", Icon: Ban },
};

/** The job's status in color and in words, so it reads without color too. */
export function JobStatusBadge({ status }: { status: JobStatus }) {
  const t = useTranslations("jobs.status");
  const { className, Icon } = STYLE[status];
  return (
    <span
      data-status={status}
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        className,
      )}
    >
      <Icon aria-hidden className={cn("size-3.5", status === "running" && "animate-spin")} />
      {t(status)}
    </span>
  );
}
