"use client";
import { useTranslations } from "next-intl";
import { OneTimeSecret } from "@/components/ui/one-time-secret";

/** The signing secret, shown once right after it was made, with a copy button. */
export function WebhookSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useTranslations("webhooks");
  return (
    <OneTimeSecret
      title={t("secretTitle")}
      note={t("secretOnce")}
      secret={secret}
      labels={{ copy: t("copy"), copied: t("copied"), done: t("done") }}
      onDone={onDone}
      testId="webhook-secret"
    />
  );
}
