import Link from "next/link";
import { useTranslations } from "next-intl";

export function Logo() {
  const t = useTranslations("app");
  return (
    <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
      <span
        aria-hidden
        className="grid size-7 place-items-center rounded-md bg-primary text-xs font-bold text-primary-fg"
      >
        FP
      </span>
      {t("name")}
    </Link>
  );
}
