"use client";
import { CircleCheck, CircleX } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { FieldFrame } from "@/components/ui/field-frame";
import type { FileProblem } from "@/lib/jobs/create/file-check";
import type { ChosenFile } from "./form-state";

function ProblemText({ problem }: { problem: FileProblem }) {
  const t = useTranslations("newJob.file");
  const tIssues = useTranslations("datasets");
  switch (problem.kind) {
    case "json":
      return <>{t("invalidJson", { line: problem.line })}</>;
    case "empty":
      return <>{t("empty")}</>;
    case "tooFew":
      return <>{t("tooFew", { examples: problem.examples, min: problem.min })}</>;
    case "example":
      return (
        <>
          <span className="font-medium">
            {t("line", { line: problem.line })}
            {problem.issue.message !== undefined &&
              `, ${tIssues("editor.inMessage", { number: problem.issue.message })}`}
            :
          </span>{" "}
          {tIssues(`issues.${problem.issue.code}`, problem.issue.params)}
        </>
      );
  }
}

/** A JSONL file picked on the form, checked in the browser: what it holds, or every line OpenAI would refuse. */
export function FilePicker(props: {
  label: string;
  chosen: ChosenFile | null;
  checking: boolean;
  onChoose: (file: File) => void;
  error?: string;
}) {
  const t = useTranslations("newJob.file");
  const format = useFormatter();
  const check = props.chosen?.check;
  return (
    <div className="flex flex-col gap-2">
      <FieldFrame label={props.label} help={t("help")} error={props.error}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".jsonl,application/jsonl,application/x-ndjson,text/plain"
            className="text-sm file:mr-3 file:h-9 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-sm file:font-medium"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) props.onChoose(file);
            }}
          />
        )}
      </FieldFrame>
      {props.checking && (
        <p role="status" className="text-sm text-fg-muted">
          {t("checking")}
        </p>
      )}
      {!props.checking && check?.ok && (
        <p role="status" className="flex items-center gap-2 text-sm text-success">
          <CircleCheck aria-hidden className="size-4 shrink-0" />
          {t("ok", { examples: check.examples, tokens: format.number(check.billingTokens) })}
        </p>
      )}
      {!props.checking && check && !check.ok && (
        <div className="rounded-md border border-danger/40 bg-danger-bg p-3 text-sm text-danger">
          <p className="flex items-center gap-2 font-medium">
            <CircleX aria-hidden className="size-4 shrink-0" />
            {t("refused", { lines: check.problemLines })}
          </p>
          <ul aria-label={t("problems")} className="mt-2 space-y-1">
            {check.problems.map((problem) => (
              <li key={`${problem.kind}-${problem.line ?? 0}`}>
                <ProblemText problem={problem} />
              </li>
            ))}
          </ul>
          {check.problemLines > check.problems.length && (
            <p className="mt-1">{t("more", { count: check.problemLines - check.problems.length })}</p>
          )}
          <p className="mt-2 text-fg">{t("refusedHint")}</p>
        </div>
      )}
    </div>
  );
}
