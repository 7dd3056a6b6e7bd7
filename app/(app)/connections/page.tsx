import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConnectionList } from "@/components/connections/connection-list";
import { requirePageAccess } from "@/lib/auth/access";
import { listConnections } from "@/lib/connections/queries";
import { getEnv } from "@/lib/env";
import { hasRole } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connections"))("title") };
}

export default async function ConnectionsPage() {
  const access = await requirePageAccess();
  const connections = await listConnections(access.workspace.id);
  return (
    <ConnectionList
      connections={connections}
      canManage={hasRole(access.role, "admin")}
      sandboxDefaultJobSeconds={getEnv().SANDBOX_JOB_SECONDS}
    />
  );
}
