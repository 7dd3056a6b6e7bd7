import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { diffVersions } from "@/lib/datasets/queries";

type VersionDiff = Awaited<ReturnType<typeof diffVersions>>;

const KIND_STYLE = {
  added: "border-success/40 bg-success-bg text-success",
  removed: "border-danger/40 bg-danger-bg text-danger",
  changed: "border-border bg-muted text-fg",
} as const;

/** The counts of a comparison and its examples: added in green, removed in red, changed with both answers. */
export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const t = useTranslations("datasets.diff");
  const differences = diff.added + diff.removed + diff.changed;
  const answer = (text: string | undefined) => text || t("noAnswer");
  return (
    <div className="flex flex-col gap-3">
      <ul
        aria-label={t("counts", { from: diff.from.number, to: diff.to.number })}
        className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
      >
        <li className="font-medium text-success">{t("added", { count: diff.added })}</li>
        <li className="font-medium text-danger">{t("removed", { count: diff.removed })}</li>
        <li className="font-medium">{t("changed", { count: diff.changed })}</li>
        <li className="text-fg-muted">{t("unchanged", { count: diff.unchanged })}</li>
      </ul>
      {differences === 0 && <p className="text-sm text-fg-muted">{t("same")}</p>}
      {diff.items.length > 0 && (
        <ul aria-label={t("items")} className="flex flex-col gap-2">
          {diff.items.map((item, index) => (
            <li
              // Items have no id of their own; a comparison's list never reorders.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className={cn("rounded-md border p-3 text-sm", KIND_STYLE[item.kind])}
            >
              <p className="flex flex-wrap items-baseline gap-2">
                <span className="text-xs font-semibold uppercase tracking-wide">{t(`kinds.${item.kind}`)}</span>
                <span className="font-medium break-words text-fg">{item.question || t("noQuestion")}</span>
              </p>
              {item.kind === "changed" ? (
                <dl className="mt-2 grid grid-cols-1 gap-2 md:grid-cols-2">
                  <div className="rounded border border-danger/40 bg-danger-bg p-2">
                    <dt className="text-xs font-medium text-danger">{t("before")}</dt>
                    <dd className="whitespace-pre-wrap break-words text-fg">{answer(item.before)}</dd>
                  </div>
                  <div className="rounded border border-success/40 bg-success-bg p-2">
                    <dt className="text-xs font-medium text-success">{t("after")}</dt>
                    <dd className="whitespace-pre-wrap break-words text-fg">{answer(item.after)}</dd>
                  </div>
                </dl>
              ) : (
                <p className="mt-1 whitespace-pre-wrap break-words text-fg-muted">
                  {answer(item.kind === "added" ? item.after : item.before)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {diff.items.length < differences && (
        <p className="text-sm text-fg-muted">{t("truncated", { shown: diff.items.length, total: differences })}</p>
      )}
    </div>
  );
}
