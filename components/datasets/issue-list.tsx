"use client";
import { AlertTriangle, CircleX } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ExampleIssue } from "@/lib/training-data/issues";

/** The problems of one example, each with where it is and what to do, in the user's language. */
export function IssueList({ issues }: { issues: ExampleIssue[] }) {
  const t = useTranslations("datasets");
  if (issues.length === 0) return <p className="text-sm text-success">{t("editor.noIssues")}</p>;
  return (
    <ul className="space-y-1.5 text-sm" aria-label={t("editor.issues")}>
      {issues.map((issue, i) => (
        <li
          // Issues have no identity beyond their place in this list, which only changes as a whole.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          className={issue.severity === "error" ? "flex gap-2 text-danger" : "flex gap-2 text-fg-muted"}
        >
          {issue.severity === "error" ? (
            <CircleX aria-hidden className="mt-0.5 size-4 shrink-0" />
          ) : (
            <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
          )}
          <span>
            {issue.message !== undefined && (
              <span className="font-medium">{t("editor.inMessage", { number: issue.message })}: </span>
            )}
            {t(`issues.${issue.code}`, issue.params)}
          </span>
        </li>
      ))}
    </ul>
  );
}
