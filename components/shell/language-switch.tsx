"use client";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";
import { locales } from "@/lib/i18n/locales";

export function LanguageSwitch() {
  const t = useTranslations();
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("userMenu.language")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => startTransition(() => setLocaleAction(event.target.value))}
        className="h-9 rounded-md border border-border bg-surface px-2 text-sm"
      >
        {locales.map((value) => (
          <option key={value} value={value}>
            {t(`languages.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
