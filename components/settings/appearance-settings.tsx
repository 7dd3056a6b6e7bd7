"use client";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { LanguageSwitch } from "@/components/shell/language-switch";

const themes = ["light", "dark", "system"] as const;

export function AppearanceSettings() {
  const t = useTranslations();
  const { theme, setTheme } = useTheme();
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:gap-10">
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium">{t("settings.language")}</span>
        <LanguageSwitch />
      </div>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">{t("settings.theme")}</legend>
        <div className="flex gap-3">
          {themes.map((value) => (
            <label key={value} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="theme"
                value={value}
                checked={theme === value}
                onChange={() => setTheme(value)}
              />
              {t(`userMenu.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
