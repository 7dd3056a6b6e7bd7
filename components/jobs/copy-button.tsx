"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a value (a model name, a command) and says so for a moment. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations("jobs");
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(value);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }
  return (
    <Button size="sm" variant="ghost" aria-label={copied ? t("copied") : label} title={label} onClick={copy}>
      {copied ? <Check aria-hidden className="size-4 text-success" /> : <Copy aria-hidden className="size-4" />}
    </Button>
  );
}
