import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Logo } from "@/components/shell/logo";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <Logo />
        <LanguageSwitch />
      </header>
      <main className="flex flex-1 flex-col items-center justify-center px-4 pb-16">
        <p className="mb-6 text-center text-sm text-fg-muted">{t("tagline")}</p>
        <div className="w-full max-w-sm">{children}</div>
      </main>
    </div>
  );
}
