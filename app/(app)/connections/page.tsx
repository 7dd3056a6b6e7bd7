import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConnectionList } from "@/components/connections/connection-list";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/policy";
import { listConnections } from "@/lib/connections/queries";
import { getEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connections"))("title") };
}

export default async function ConnectionsPage() {
  const access = await requirePageAccess();
  const connections = await listConnections(access.workspace.id);
  if (!can(access.role, "connections.view")) {
    // Names only: addresses, keys' last digits and Sandbox settings stay with admins (and never reach the browser).
    const t = await getTranslations();
    return (
      <>
        <PageHeader title={t("connections.title")} lead={t("team.denied.connections.view")} />
        <ul className="flex flex-col gap-3" data-testid="connection-names">
          {connections.map((connection) => (
            <li key={connection.id}>
              <Card className="flex items-center justify-between gap-3">
                <span className="font-medium">{connection.name}</span>
                <span className="text-sm text-fg-muted">{t(`connections.kinds.${connection.kind}`)}</span>
              </Card>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <ConnectionList
      connections={connections}
      canManage={can(access.role, "connections.manage")}
      sandboxDefaultJobSeconds={getEnv().SANDBOX_JOB_SECONDS}
    />
  );
}
