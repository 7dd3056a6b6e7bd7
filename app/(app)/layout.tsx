import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageAccess } from "@/lib/auth/access";
import { abilitiesOf } from "@/lib/auth/policy";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const access = await requirePageAccess();
  const workspaces = await listMembershipsOfUser(access.user.id);
  return (
    <AppShell
      workspace={access.workspace}
      workspaces={workspaces.map(({ id, name }) => ({ id, name }))}
      abilities={abilitiesOf(access.role)}
      user={access.user}
    >
      {children}
    </AppShell>
  );
}
