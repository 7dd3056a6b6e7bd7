"use client";
import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { cn } from "@/components/ui/cn";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

type AppShellProps = { workspaceName: string; user: { name: string; email: string }; children: ReactNode };

/** Sidebar on wide screens, a drawer behind a menu button on narrow ones. */
export function AppShell({ workspaceName, user, children }: AppShellProps) {
  const t = useTranslations();
  const [navOpen, setNavOpen] = useState(false);
  return (
    <div className="min-h-screen md:grid md:grid-cols-[15rem_1fr]">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        {t("common.skipToContent")}
      </a>
      <aside
        className={cn(
          "fixed inset-y-0 left-0 z-40 w-60 flex-col border-r border-border bg-surface p-4 md:static md:flex",
          navOpen ? "flex" : "hidden",
        )}
      >
        <div className="mb-6 flex items-center justify-between">
          <Logo />
          <button
            type="button"
            onClick={() => setNavOpen(false)}
            aria-label={t("nav.closeMenu")}
            className="rounded p-1 hover:bg-muted md:hidden"
          >
            <X aria-hidden className="size-5" />
          </button>
        </div>
        <p
          className="mb-3 truncate px-3 text-xs font-medium tracking-wide text-fg-muted uppercase"
          data-testid="workspace-name"
        >
          {workspaceName}
        </p>
        <NavLinks onNavigate={() => setNavOpen(false)} />
      </aside>
      {navOpen && (
        <div aria-hidden className="fixed inset-0 z-30 bg-black/30 md:hidden" onClick={() => setNavOpen(false)} />
      )}
      <div className="flex min-w-0 flex-col">
        <header className="flex h-14 items-center justify-between gap-2 border-b border-border bg-surface px-4">
          <button
            type="button"
            onClick={() => setNavOpen(true)}
            aria-label={t("nav.openMenu")}
            aria-expanded={navOpen}
            className="rounded p-1 hover:bg-muted md:hidden"
          >
            <Menu aria-hidden className="size-5" />
          </button>
          <span className="flex-1" />
          <UserMenu name={user.name} email={user.email} />
        </header>
        <main id="content" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
