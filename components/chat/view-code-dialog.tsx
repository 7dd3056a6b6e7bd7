"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CODE_LANGUAGES, type CodeLanguage, type CodeTarget, chatCode } from "@/lib/chat/code";
import type { ChatParams } from "@/lib/chat/state";

type ViewCodeDialogProps = {
  title: string;
  target: CodeTarget;
  model: string;
  params: ChatParams;
  messages: { role: "user" | "assistant"; content: string }[];
  onClose: () => void;
};

/** The column's call as code to copy; the key is read from an environment variable, never shown. */
export function ViewCodeDialog({ title, target, model, params, messages, onClose }: ViewCodeDialogProps) {
  const t = useTranslations("chat.code");
  const [language, setLanguage] = useState<CodeLanguage>("python");
  const [copied, setCopied] = useState(false);
  const example = messages.length ? messages : [{ role: "user" as const, content: t("sampleQuestion") }];
  const code = chatCode(language, { target, model, params, messages: example });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title} description={t("lead")}>
      <div className="flex flex-col gap-3">
        <div role="tablist" aria-label={t("language")} className="flex gap-1">
          {CODE_LANGUAGES.map((candidate) => (
            <Button
              key={candidate}
              role="tab"
              aria-selected={language === candidate}
              variant={language === candidate ? "primary" : "secondary"}
              size="sm"
              onClick={() => {
                setLanguage(candidate);
                setCopied(false);
              }}
            >
              {t(candidate)}
            </Button>
          ))}
        </div>
        <pre
          role="tabpanel"
          aria-label={t(language)}
          className="max-h-[50vh] overflow-auto rounded-md bg-muted p-3 text-xs"
          data-testid="chat-code"
        >
          <code>{code}</code>
        </pre>
        <div className="flex justify-end gap-2">
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(code);
              setCopied(true);
            }}
          >
            {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
            {copied ? t("copied") : t("copy")}
          </Button>
          <Button onClick={onClose}>{t("close")}</Button>
        </div>
      </div>
    </Dialog>
  );
}
