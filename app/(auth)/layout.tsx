import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PublicFrame } from "@/components/shell/public-frame";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <PublicFrame>
      <p className="mb-6 text-center text-sm text-fg-muted">{t("tagline")}</p>
      <div className="w-full max-w-sm">{children}</div>
    </PublicFrame>
  );
}
