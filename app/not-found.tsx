import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-8 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-fg-muted">{t("text")}</p>
      <Link href="/" className="font-medium text-primary hover:underline">
        {t("back")}
      </Link>
    </main>
  );
}
