import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageAccess } from "@/lib/auth/access";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const access = await requirePageAccess();
  return (
    <AppShell workspaceName={access.workspace.name} user={access.user}>
      {children}
    </AppShell>
  );
}
