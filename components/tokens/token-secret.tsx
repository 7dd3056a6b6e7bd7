"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A new token, shown once right after it was made, with a copy button. */
export function TokenSecret({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const t = useTranslations("apiTokens");
  const [copied, setCopied] = useState(false);
  return (
    <section
      aria-labelledby="token-secret-title"
      className="rounded-md border border-success/40 bg-success-bg p-4 text-sm"
    >
      <h3 id="token-secret-title" className="font-semibold">
        {t("createdTitle", { name })}
      </h3>
      <p className="mt-1">{t("shownOnce")}</p>
      <code
        data-testid="api-token"
        className="mt-3 block overflow-x-auto rounded border border-border bg-surface px-3 py-2 font-mono text-xs break-all"
      >
        {token}
      </code>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(token);
            setCopied(true);
          }}
        >
          {t("copy")}
        </Button>
        <Button size="sm" onClick={onDone}>
          {t("done")}
        </Button>
        {copied && (
          <span role="status" className="text-success">
            {t("copied")}
          </span>
        )}
      </div>
    </section>
  );
}
