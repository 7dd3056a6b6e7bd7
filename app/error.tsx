"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** `digest` names the server's log line of the error; the person can quote it. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-8 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-md text-fg-muted">{t("text")}</p>
      {error.digest && <p className="text-xs text-fg-muted">{t("ref", { ref: error.digest })}</p>}
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
