"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { revealSandboxAccessAction } from "@/app/(app)/connections/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("connections.access");
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label={copied ? t("copied") : label}
      // The clipboard API needs a secure context; on plain http the text stays selectable instead.
      onClick={() =>
        navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
    </Button>
  );
}

/** The engineers' path: the base URL and token that let the official SDK talk to this Sandbox. */
export function SandboxAccess({ connectionId }: { connectionId: string }) {
  const t = useTranslations("connections.access");
  const [access, setAccess] = useState<{ baseUrl: string; token: string } | null>(null);
  const reveal = useActionForm(revealSandboxAccessAction, { onSuccess: setAccess });
  if (!access) {
    return (
      <div className="mt-3">
        {reveal.formError && <Alert>{reveal.formError}</Alert>}
        <Button size="sm" variant="secondary" pending={reveal.pending} onClick={() => reveal.run({ connectionId })}>
          {t("show")}
        </Button>
      </div>
    );
  }
  const snippet = `import OpenAI from "openai";\n\nconst client = new OpenAI({\n  baseURL: "${access.baseUrl}",\n  apiKey: process.env.SANDBOX_TOKEN,\n});`;
  return (
    <section aria-label={t("title")} className="mt-3 space-y-2 rounded-md border border-border bg-muted p-3 text-sm">
      <p className="text-fg-muted">{t("lead")}</p>
      {[
        { key: "base-url", label: t("baseUrl"), value: access.baseUrl },
        { key: "token", label: t("token"), value: access.token },
      ].map(({ key, label, value }) => (
        <div key={key} className="flex items-center gap-2">
          <span className="w-20 shrink-0 font-medium">{label}</span>
          <code
            className="min-w-0 flex-1 truncate rounded bg-surface px-2 py-1 text-xs select-all"
            data-testid={`sandbox-${key}`}
          >
            {value}
          </code>
          <CopyButton text={value} label={t("copy", { what: label })} />
        </div>
      ))}
      <pre className="overflow-x-auto rounded bg-surface p-2 text-xs">{snippet}</pre>
    </section>
  );
}
