"use client";
import { useTranslations } from "next-intl";
import type { ExpectedExample } from "@/lib/chat/state";
import { Markdown } from "./markdown";

/** The held-out example's own answer, to compare the models' answers with. */
export function ExpectedAnswer({ expected }: { expected: ExpectedExample }) {
  const t = useTranslations("chat.expected");
  return (
    <section
      aria-labelledby="expected-heading"
      className="rounded-lg border border-success/40 bg-success-bg p-4"
      data-testid="expected-answer"
    >
      <h2 id="expected-heading" className="text-sm font-semibold text-success">
        {t("title")}
      </h2>
      <p className="mt-1 text-xs text-fg-muted">{t("question", { question: expected.label })}</p>
      <div className="mt-2">
        <Markdown text={expected.answer} />
      </div>
    </section>
  );
}
