"use client";
import { useTranslations } from "next-intl";
import { OneTimeSecret } from "@/components/ui/one-time-secret";

/** A new token, shown once right after it was made, with a copy button. */
export function TokenSecret({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const t = useTranslations("apiTokens");
  return (
    <OneTimeSecret
      title={t("createdTitle", { name })}
      note={t("shownOnce")}
      secret={token}
      labels={{ copy: t("copy"), copied: t("copied"), done: t("done") }}
      onDone={onDone}
      testId="api-token"
    />
  );
}
