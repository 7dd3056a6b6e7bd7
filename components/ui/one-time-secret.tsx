"use client";
import { useId, useState } from "react";
import { Button } from "./button";

type OneTimeSecretProps = {
  title: string;
  /** why it is shown only now */
  note: string;
  secret: string;
  labels: { copy: string; copied: string; done: string };
  onDone: () => void;
  testId?: string;
};

/** A secret shown once, right after it was made (a token, a signing secret), with a copy button. */
export function OneTimeSecret({ title, note, secret, labels, onDone, testId }: OneTimeSecretProps) {
  const titleId = useId();
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby={titleId} className="rounded-md border border-success/40 bg-success-bg p-4 text-sm">
      <h3 id={titleId} className="font-semibold">
        {title}
      </h3>
      <p className="mt-1">{note}</p>
      <code
        data-testid={testId}
        className="mt-3 block overflow-x-auto rounded border border-border bg-surface px-3 py-2 font-mono text-xs break-all"
      >
        {secret}
      </code>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(secret);
            setCopied(true);
          }}
        >
          {labels.copy}
        </Button>
        <Button size="sm" onClick={onDone}>
          {labels.done}
        </Button>
        {copied && (
          <span role="status" className="text-success">
            {labels.copied}
          </span>
        )}
      </div>
    </section>
  );
}
