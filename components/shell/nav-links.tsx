"use client";
import {
  BookOpen,
  Cable,
  Database,
  FlaskConical,
  LayoutDashboard,
  MessagesSquare,
  ScrollText,
  Settings,
  Users,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const links = [
  { href: "/", key: "overview", icon: LayoutDashboard },
  { href: "/datasets", key: "datasets", icon: Database },
  { href: "/jobs", key: "training", icon: FlaskConical },
  { href: "/chat", key: "chat", icon: MessagesSquare },
  { href: "/connections", key: "connections", icon: Cable },
  { href: "/members", key: "members", icon: Users },
  { href: "/audit", key: "audit", icon: ScrollText },
  { href: "/settings", key: "settings", icon: Settings },
  { href: "/docs", key: "api", icon: BookOpen },
] as const;

export function NavLinks({ onNavigate, canReadAudit }: { onNavigate?: () => void; canReadAudit: boolean }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("main")}>
      <ul className="flex flex-col gap-1">
        {links
          .filter(({ key }) => key !== "audit" || canReadAudit)
          .map(({ href, key, icon: Icon }) => {
            const active = href === "/" ? pathname === "/" : pathname.startsWith(href);
            return (
              <li key={href}>
                <Link
                  href={href}
                  onClick={onNavigate}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "flex items-center gap-3 rounded-md px-3 py-2 text-sm",
                    active ? "bg-muted font-medium text-fg" : "text-fg-muted hover:bg-muted hover:text-fg",
                  )}
                >
                  <Icon aria-hidden className="size-4" />
                  {t(key)}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
