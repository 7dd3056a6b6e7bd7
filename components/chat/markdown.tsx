"use client";
import { lazy, Suspense } from "react";

// react-markdown, its plugins and highlight.js are most of the chat's JavaScript: loaded with the first answer.
const MarkdownView = lazy(() => import("./markdown-view").then((module) => ({ default: module.MarkdownView })));

/** A model's answer as Markdown with highlighted code; until that code has loaded, the same text as plain text. */
export function Markdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<div className="text-sm leading-relaxed break-words whitespace-pre-wrap">{text}</div>}>
      <MarkdownView text={text} />
    </Suspense>
  );
}
