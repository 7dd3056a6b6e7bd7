"use client";
import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { type ReactNode, useState } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { Abilities } from "@/lib/auth/policy";
import { AbilitiesProvider } from "./abilities";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

type Workspace = { id: string; name: string };
type AppShellProps = {
  workspace: Workspace;
  workspaces: Workspace[];
  abilities: Abilities;
  user: { name: string; email: string };
  children: ReactNode;
};

function Sidebar({
  workspace,
  workspaces,
  abilities,
  onNavigate,
}: Pick<AppShellProps, "workspace" | "workspaces" | "abilities"> & { onNavigate?: () => void }) {
  return (
    <>
      <WorkspaceSwitcher current={workspace} workspaces={workspaces} />
      <NavLinks onNavigate={onNavigate} canReadAudit={abilities["audit.read"]} />
    </>
  );
}

/** Sidebar on wide screens; on narrow ones a drawer (a modal dialog: focus stays in it, Escape closes it). */
export function AppShell({ workspace, workspaces, abilities, user, children }: AppShellProps) {
  const t = useTranslations();
  const [navOpen, setNavOpen] = useState(false);
  return (
    <Dialog.Root open={navOpen} onOpenChange={setNavOpen}>
      <div className="min-h-screen md:grid md:grid-cols-[15rem_1fr]">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
        >
          {t("common.skipToContent")}
        </a>
        <aside className="hidden flex-col border-r border-border bg-surface p-4 md:flex">
          <div className="mb-6">
            <Logo />
          </div>
          <Sidebar workspace={workspace} workspaces={workspaces} abilities={abilities} />
        </aside>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-30 bg-black/30 md:hidden" />
          <Dialog.Content className="fixed inset-y-0 left-0 z-40 flex w-64 flex-col border-r border-border bg-surface p-4 md:hidden">
            <Dialog.Title className="sr-only">{t("nav.main")}</Dialog.Title>
            <Dialog.Description className="sr-only">{workspace.name}</Dialog.Description>
            <div className="mb-6 flex items-center justify-between">
              <Logo />
              <Dialog.Close aria-label={t("nav.closeMenu")} className="rounded p-1 hover:bg-muted">
                <X aria-hidden className="size-5" />
              </Dialog.Close>
            </div>
            <Sidebar
              workspace={workspace}
              workspaces={workspaces}
              abilities={abilities}
              onNavigate={() => setNavOpen(false)}
            />
          </Dialog.Content>
        </Dialog.Portal>
        <div className="flex min-w-0 flex-col">
          <header className="flex h-14 items-center justify-between gap-2 border-b border-border bg-surface px-4">
            <Dialog.Trigger aria-label={t("nav.openMenu")} className="rounded p-1 hover:bg-muted md:hidden">
              <Menu aria-hidden className="size-5" />
            </Dialog.Trigger>
            <span className="flex-1" />
            <NotificationBell />
            <UserMenu name={user.name} email={user.email} />
          </header>
          <main id="content" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-8">
            <AbilitiesProvider abilities={abilities}>{children}</AbilitiesProvider>
          </main>
        </div>
      </div>
    </Dialog.Root>
  );
}
